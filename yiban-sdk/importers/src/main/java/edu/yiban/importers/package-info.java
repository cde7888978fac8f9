/**
 * Importers (导入器) for the files a campus already keeps, through the SDK's {@link edu.yiban.sdk.plugin.Importer}
 * SPI: {@link edu.yiban.importers.RosterCsvImporter} reads a roster (花名册) as CSV through a
 * {@link edu.yiban.importers.ColumnMapping}, checks every row first and reports an {@link edu.yiban.importers.ImportReport}.
 */
package edu.yiban.importers;
