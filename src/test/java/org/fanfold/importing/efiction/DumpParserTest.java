package org.fanfold.importing.efiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpParserTest {

    @TempDir
    Path dir;

    private static DumpTables parse(String sql) throws IOException {
        return DumpParser.parse(new StringReader(sql), "dump.sql", t -> true, EfictionSchema::defaultColumns);
    }

    @Test
    void readsMysqlEscapesInSingleAndDoubleQuotedStrings() throws IOException {
        DumpTables tables = parse("INSERT INTO `t` (`a`, `b`) VALUES ('It\\'s', 'line\\nbreak'),"
                + " ('tab\\there', 'doubled''quote'), (\"double \\\"q\\\" and 'single'\", 'back\\\\slash'),"
                + " ('100\\% \\_kept', 'ctrl\\Z\\0\\r\\b');");
        assertThat(tables.problems()).isEmpty();
        List<DumpRow> rows = tables.rows("t");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("a")).isEqualTo("It's");
        assertThat(rows.get(0).get("b")).isEqualTo("line\nbreak");
        assertThat(rows.get(1).get("a")).isEqualTo("tab\there");
        assertThat(rows.get(1).get("b")).isEqualTo("doubled'quote");
        assertThat(rows.get(2).get("a")).isEqualTo("double \"q\" and 'single'");
        assertThat(rows.get(2).get("b")).isEqualTo("back\\slash");
        assertThat(rows.get(3).get("a")).isEqualTo("100\\% \\_kept");
        assertThat(rows.get(3).get("b")).isEqualTo("ctrl\u001a\u0000\r\b");
    }

    @Test
    void readsMultiRowInsertsAcrossLinesWithNullsNumbersAndHex() throws IOException {
        DumpTables tables = parse("""
                INSERT INTO fanfiction_x (id, name, score, blob)
                VALUES (1, NULL, -1, 3.5e2),
                       (2, 'a
                multi-line value', +7, 0x48656C6C6F),
                       (3,'',0,X'4869'),
                       (4,_utf8'Zoë',N'5',_binary 0x4F6B);
                """);
        assertThat(tables.problems()).isEmpty();
        List<DumpRow> rows = tables.rows("fanfiction_x");
        assertThat(rows).extracting(DumpRow::line).containsExactly(2, 3, 5, 6);
        assertThat(rows.get(0).get("name")).isNull();
        assertThat(rows.get(0).has("name")).isTrue();
        assertThat(rows.get(0).get("score")).isEqualTo("-1");
        assertThat(rows.get(0).get("blob")).isEqualTo("3.5e2");
        assertThat(rows.get(1).get("name")).isEqualTo("a\nmulti-line value");
        assertThat(rows.get(1).get("score")).isEqualTo("7");
        assertThat(rows.get(1).get("blob")).isEqualTo("Hello");
        assertThat(rows.get(2).get("blob")).isEqualTo("Hi");
        assertThat(rows.get(2).number("id")).isEqualTo(3L);
        assertThat(rows.get(3).values())
                .containsEntry("name", "Zoë")
                .containsEntry("score", "5")
                .containsEntry("blob", "Ok");
    }

    @Test
    void takesColumnNamesFromCreateTableAndPassesOverOtherStatementsAndComments() throws IOException {
        DumpTables tables = parse("""
                -- MySQL dump 10.13
                # Sequel Pro dump
                /*!40101 SET NAMES utf8 */;
                /* a comment
                   over lines; with a semicolon */
                DROP TABLE IF EXISTS `notes`;
                CREATE TABLE IF NOT EXISTS `notes` (
                  `id` int(11) NOT NULL AUTO_INCREMENT,
                  `slogan` varchar(200) NOT NULL DEFAULT 'It''s a (cool) site, really!',
                  `key` varchar(10) DEFAULT NULL,
                  PRIMARY KEY (`id`),
                  KEY `slogan` (`slogan`(10), `key`)
                ) ENGINE=MyISAM DEFAULT CHARSET=latin1;
                LOCK TABLES `notes` WRITE;
                INSERT INTO `notes` VALUES (1,'Hi; there','k');
                UNLOCK TABLES;
                SET @x = 'it''s ; fine';
                INSERT IGNORE INTO db.notes VALUES (2,'Two',NULL) ON DUPLICATE KEY UPDATE slogan = 'x;y';
                """);
        assertThat(tables.problems()).isEmpty();
        assertThat(tables.rows("notes")).hasSize(2);
        assertThat(tables.rows("notes").getFirst().get("slogan")).isEqualTo("Hi; there");
        assertThat(tables.rows("notes").getFirst().get("key")).isEqualTo("k");
        assertThat(tables.rows("notes").get(1).get("slogan")).isEqualTo("Two");
    }

    @Test
    void aBrokenLineIsReportedWithItsNumberAndTheOtherRowsAreKept() throws IOException {
        DumpTables tables = parse("""
                INSERT INTO `fanfiction_characters` (`charid`, `catid`, `charname`, `bio`, `image`)
                VALUES (1, -1, 'Bill', '', ''),
                       (2, -1, 'Bob's brother', '', ''),
                       (3, -1, @name, '', ''),
                       (4, -1, 'Fatima', '', '');
                INSERT INTO `fanfiction_characters` VALUES (5, -1, 'Too few');
                INSERT INTO `fanfiction_characters` VALUES (6, -1, 'Václav', '', '');
                """);
        assertThat(tables.problems())
                .extracting(DumpProblem::toString)
                .containsExactly(
                        "dump.sql line 3: expected , or ) after a value, found s",
                        "dump.sql line 4: unexpected @ where a value should be",
                        "dump.sql line 6: a row of fanfiction_characters has 3 values but the table has 5 columns");
        assertThat(tables.rows("fanfiction_characters"))
                .extracting(r -> r.get("charname"))
                .containsExactly("Bill", "Fatima", "Václav");
    }

    @Test
    void aValueThatIsNeverClosedIsReportedWhereItBegan() throws IOException {
        DumpTables tables = parse("INSERT INTO t (a) VALUES ('fine');\nINSERT INTO t (a) VALUES ('never closed);\n");
        assertThat(tables.problems())
                .extracting(DumpProblem::toString)
                .containsExactly("dump.sql line 2: a quoted value that began on line 2 is never closed");
        assertThat(tables.rows("t")).hasSize(1);
    }

    @Test
    void eFictionsOwnBackupWithoutColumnNamesUsesTheUsualColumns() throws IOException {
        Path dump = EfictionFixtures.resource("efiction_no_defs.sql");
        DumpTables tables = DumpParser.parse(dump, EfictionSchema::wanted, EfictionSchema::defaultColumns);
        assertThat(tables.problems()).isEmpty();
        assertThat(tables.rows("fanfiction_authors"))
                .extracting(r -> r.get("penname"), r -> r.get("email"))
                .contains(org.assertj.core.groups.Tuple.tuple("C Author 3", "C3@example.com"));
        assertThat(tables.rows("fanfiction_stories")).hasSize(15);
        assertThat(tables.rows("fanfiction_settings").getFirst().get("storiespath"))
                .isEqualTo("storiesef");
        assertThat(tables.rows("fanfiction_blocks")).isEmpty(); // not read: the import has no use for it
    }

    @Test
    void theWholeTestArchiveReadsWithoutProblems() throws IOException {
        DumpTables tables = DumpParser.parse(
                EfictionFixtures.resource("efiction.sql"), EfictionSchema::wanted, EfictionSchema::defaultColumns);
        assertThat(tables.problems()).isEmpty();
        assertThat(tables.rows("fanfiction_stories")).hasSize(15);
        assertThat(tables.rows("fanfiction_chapters")).hasSize(17);
        assertThat(tables.rows("fanfiction_reviews")).hasSize(6);
        assertThat(tables.rows("fanfiction_characters").getFirst().get("charname"))
                .isEqualTo("Bill O'Connell");
    }

    @Test
    void aDumpThatIsNotUtf8IsReadAsWindows1252() throws IOException {
        Path dump = dir.resolve("latin.sql");
        Files.writeString(
                dump,
                "INSERT INTO t (a) VALUES ('Eôs in ipsum ocûrrëret – “quoted”');",
                Charset.forName("windows-1252"));
        DumpTables tables = DumpParser.parse(dump, t -> true, t -> null);
        assertThat(tables.rows("t").getFirst().get("a")).isEqualTo("Eôs in ipsum ocûrrëret – “quoted”");
        assertThat(tables.notes()).containsExactly("latin.sql is not UTF-8 text: it was read as Windows-1252.");
    }
}
