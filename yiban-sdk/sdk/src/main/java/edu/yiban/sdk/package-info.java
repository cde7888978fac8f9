/**
 * The runtime a campus app embeds, the plugin SPI through which other campus systems add storage and
 * evaluation rules, the JDBC store and the test kit for plugin authors.
 */
package edu.yiban.sdk;
