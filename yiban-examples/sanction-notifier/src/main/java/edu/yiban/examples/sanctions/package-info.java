/**
 * An example plugin (插件示例): {@link edu.yiban.examples.sanctions.SanctionNotifierPlugin} listens to the
 * growth archives and tells a class's counsellor (辅导员) when one of its students has a sanction
 * (违纪处分) recorded, corrected or revoked. Its tests run the SDK's archive listener contract.
 */
package edu.yiban.examples.sanctions;
