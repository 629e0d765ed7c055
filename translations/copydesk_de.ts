<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArticleCommands</name>
    <message>
        <location filename="../app/models/ArticleCommands.cpp" line="+10"/>
        <source>Edit headline</source>
        <translation>Überschrift bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit summary</source>
        <translation>Zusammenfassung bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit byline</source>
        <translation>Autor bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit section</source>
        <translation>Ressort bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit slug</source>
        <translation>Slug bearbeiten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../app/models/ArticleDocument.cpp" line="+395"/>
        <source>Move paragraph</source>
        <translation>Absatz verschieben</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../app/models/ArticleListModel.cpp" line="+103"/>
        <source>No paragraphs yet</source>
        <translation>Noch keine Absätze</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n paragraph(s) cite a source</source>
        <translation>
            <numerusform>Quellenangabe in %1 von %n Absatz</numerusform>
            <numerusform>Quellenangabe in %1 von %n Absätzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byline</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribution</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <location filename="../app/core/Article.cpp" line="+66"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <location filename="../app/storage/ArticleStore.cpp" line="+269"/>
        <source>The article has not been stored yet.</source>
        <translation>Der Artikel wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Article %1 was changed by someone else: you edited version %2, the database has version %3. Nothing was saved.</source>
        <translation>Artikel %1 wurde von jemand anderem geändert: Sie haben Version %2 bearbeitet, die Datenbank hat Version %3. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>storing article “%1”</source>
        <translation>Speichern des Artikels „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An article with the uri %1 or uuid %2 already exists.</source>
        <translation>Ein Artikel mit der URI %1 oder der UUID %2 existiert bereits.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>saving article %1</source>
        <translation>Speichern von Artikel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article %1 was changed by someone else while saving; nothing was saved.</source>
        <translation>Artikel %1 wurde während des Speicherns von jemand anderem geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading paragraphs</source>
        <translation>Lesen der Absätze</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removing a paragraph</source>
        <translation>Entfernen eines Absatzes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>storing paragraph %1</source>
        <translation>Speichern von Absatz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 has the uuid %2 that another paragraph already uses.</source>
        <translation>Absatz %1 hat die UUID %2, die bereits ein anderer Absatz verwendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>saving paragraph %1</source>
        <translation>Speichern von Absatz %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saving attributions</source>
        <translation>Speichern der Quellenangaben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>storing the attributions of paragraph %1</source>
        <translation>Speichern der Quellenangaben von Absatz %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving meta titles</source>
        <translation>Speichern der Meta-Titel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>saving meta title %1</source>
        <translation>Speichern von Meta-Titel %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>updating the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recording revision %1</source>
        <translation>Aufzeichnen von Revision %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An attribution in “%1” has no source name.</source>
        <translation>Eine Quellenangabe in „%1“ hat keinen Quellennamen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>deleting article %1</source>
        <translation>Löschen von Artikel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+257"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>loading article %1</source>
        <translation>Laden von Artikel %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>loading paragraphs</source>
        <translation>Laden der Absätze</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>loading attributions</source>
        <translation>Laden der Quellenangaben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>loading meta titles</source>
        <translation>Laden der Meta-Titel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>loading linked articles</source>
        <translation>Laden der verknüpften Artikel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>looking up article %1</source>
        <translation>Suchen von Artikel %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no article “%1” (expected an id, a uuid or a uri).</source>
        <translation>Es gibt keinen Artikel „%1“ (erwartet: eine ID, eine UUID oder eine URI).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>listing articles</source>
        <translation>Auflisten der Artikel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>counting articles</source>
        <translation>Zählen der Artikel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the links of article %1</source>
        <translation>Lesen der Verknüpfungen von Artikel %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>linking article %1</source>
        <translation>Verknüpfen von Artikel %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Article %1 cannot be linked to itself.</source>
        <translation>Artikel %1 kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checking the series for a loop</source>
        <translation>Prüfen der Serie auf einen Kreis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linking article %1 before article %2 would make the series loop: %2 already leads to %1.</source>
        <translation>Artikel %1 vor Artikel %2 zu verknüpfen, würde die Serie zu einem Kreis schließen: %2 führt bereits zu %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>reading the series of article %1</source>
        <translation>Lesen der Serie von Artikel %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reading the history of article %1</source>
        <translation>Lesen des Verlaufs von Artikel %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading revision %1</source>
        <translation>Lesen von Revision %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revision %1 of article %2 is damaged: %3</source>
        <translation>Revision %1 von Artikel %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article %1 has no version %2.</source>
        <translation>Artikel %1 hat keine Version %2.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: the uri %2 appears twice in this import.</source>
        <translation>%1: Die URI %2 kommt in diesem Import zweimal vor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+56"/>
        <source>looking up %1</source>
        <translation>Suchen von %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1: the database already has version %2 of %3; this file is version %4 with different content. Nothing was imported.</source>
        <translation>%1: Die Datenbank hat bereits Version %2 von %3; diese Datei ist Version %4 mit anderem Inhalt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: the %2 article %3 is neither in this import nor in the database; that link was not made.</source>
        <translation>%1: Der %2 Artikel %3 ist weder in diesem Import noch in der Datenbank; diese Verknüpfung wurde nicht angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous</source>
        <translation>vorherige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next</source>
        <translation>nächste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reading the source registry</source>
        <translation>Lesen des Quellenverzeichnisses</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+80"/>
        <source>looking up source %1</source>
        <translation>Suchen der Quelle %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving source %1</source>
        <translation>Speichern der Quelle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source named “%1” already exists.</source>
        <translation>Eine Quelle namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+18"/>
        <location line="+16"/>
        <source>There is no source %1.</source>
        <translation>Es gibt keine Quelle %1.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>counting citations</source>
        <translation>Zählen der Zitierungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>merging sources</source>
        <translation>Zusammenführen der Quellen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The source is cited by %n paragraph(s); merge it into another source instead.</source>
        <translation>
            <numerusform>Die Quelle wird in %n Absatz zitiert; führen Sie sie stattdessen mit einer anderen Quelle zusammen.</numerusform>
            <numerusform>Die Quelle wird in %n Absätzen zitiert; führen Sie sie stattdessen mit einer anderen Quelle zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleting source %1</source>
        <translation>Löschen der Quelle %1</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../app/widgets/ArticleView.cpp" line="+29"/>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disputed</source>
        <translation>umstritten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No source: this paragraph is unattributed</source>
        <translation>Keine Quelle: Dieser Absatz hat keine Quellenangabe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Untitled article #%1</source>
        <translation>Artikel ohne Überschrift #%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Untitled article</source>
        <translation>Artikel ohne Überschrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section: %1</source>
        <translation>Ressort: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No summary yet.</source>
        <translation>Noch keine Zusammenfassung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No time to read? Get a summary</source>
        <translation>Keine Zeit zum Lesen? Hier die Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This article has no paragraphs yet.</source>
        <translation>Dieser Artikel hat noch keine Absätze.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta titles</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meta-title variants yet.</source>
        <translation>Noch keine Meta-Titel-Varianten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← Previous:</source>
        <translation>← Vorheriger:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No previous article</source>
        <translation>Kein vorheriger Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ Next:</source>
        <translation>→ Nächster:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No next article</source>
        <translation>Kein nächster Artikel</translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <location filename="../app/bench/BenchRunner.cpp" line="+324"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+365"/>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>Total run time of the benchmark: %1 s; 1-minute load average %2 at the start, %3 at the end (on %4 cores).</source>
        <translation>Gesamtlaufzeit des Benchmarks: %1 s; 1-Minuten-Lastmittel %2 zu Beginn, %3 am Ende (auf %4 Kernen).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Environment: %1 articles, SQLite library %2, sqlite3 shell %3, Qt %4, %5 × %6, %7; database file %8 MB.</source>
        <translation>Umgebung: %1 Artikel, SQLite-Bibliothek %2, sqlite3-Shell %3, Qt %4, %5 × %6, %7; Datenbankdatei %8 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown CPU</source>
        <translation>unbekannte CPU</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reusing the library of %1 articles in %2 (the import is not measured).</source>
        <translation>Die Bibliothek mit %1 Artikeln in %2 wird wiederverwendet (der Import wird nicht gemessen).</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+200"/>
        <source>creating %1</source>
        <translation>Anlegen von %1</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>The query word “%1” is not in the generator&apos;s vocabulary.</source>
        <translation>Das Suchwort „%1“ ist nicht im Wortschatz des Generators.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating and importing %1 articles in batches of %2 into %3…</source>
        <translation>Erzeugen und Importieren von %1 Artikeln in Stapeln zu %2 in %3…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>linking</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1 articles imported (%2 articles/s so far)</source>
        <translation>  %1 Artikel importiert (bisher %2 Artikel/s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generating the %1 synthetic articles took %2 s (not included in any figure).</source>
        <translation>Das Erzeugen der %1 synthetischen Artikel dauerte %2 s (in keiner Zahl enthalten).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import %1 articles (importArticles, %2 per call)</source>
        <translation>Import von %1 Artikeln (importArticles, %2 pro Aufruf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>first tenth %1 /s, last tenth %2 /s; %3 ms per call of %4</source>
        <translation>erstes Zehntel %1 /s, letztes Zehntel %2 /s; %3 ms pro Aufruf mit %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import, first %1 articles (empty file)</source>
        <translation>Import, erste %1 Artikel (leere Datei)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlite3: the same rows as plain INSERTs with ids chosen up front, one transaction per %1 articles</source>
        <translation>sqlite3: dieselben Zeilen als einfache INSERTs mit vorab gewählten IDs, eine Transaktion pro %1 Artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>link(prev, next) during import (every 10th article)</source>
        <translation>link(prev, next) während des Imports (jeder 10. Artikel)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sqlite3 shell: inserting the first %1 articles as plain SQL…</source>
        <translation>sqlite3-Shell: Einfügen der ersten %1 Artikel als einfaches SQL…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sqlite3 import comparison skipped: %1</source>
        <translation>sqlite3-Importvergleich übersprungen: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>sqlite3 import comparison failed: %1</source>
        <translation>sqlite3-Importvergleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create(): %1 articles into a fresh file, begin/commit around every %2…</source>
        <translation>create(): %1 Artikel in eine neue Datei, begin/commit um jeweils %2…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>create()</source>
        <translation>create()</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create() %1 articles (begin/commit per %2)</source>
        <translation>create() %1 Artikel (begin/commit pro %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the %1-article file…</source>
        <translation>Öffnen der Datei mit %1 Artikeln…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>open (new Database object, same process)</source>
        <translation>Öffnen (neues Database-Objekt, derselbe Prozess)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The open probe failed: %1</source>
        <translation>Der Öffnungstest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open (new process, incl. loading the driver)</source>
        <translation>Öffnen (neuer Prozess, inkl. Laden des Treibers)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sqlite3: a shell opening the file and running Copydesk&apos;s PRAGMAs and schema checks, minus a shell on :memory:</source>
        <translation>sqlite3: eine Shell, die die Datei öffnet und die PRAGMAs und Schemaprüfungen von Copydesk ausführt, abzüglich einer Shell auf :memory:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list --limit 50…</source>
        <translation>list --limit 50…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list returned the wrong number of rows</source>
        <translation>list hat die falsche Anzahl Zeilen geliefert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list --limit 50 (newest first)</source>
        <translation>list --limit 50 (neueste zuerst)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>search top 50: common word “%1”</source>
        <translation>Suche, erste 50: häufiges Wort „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search top 50: rare proper noun “%1”</source>
        <translation>Suche, erste 50: seltener Eigenname „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search top 50: two words “%1”</source>
        <translation>Suche, erste 50: zwei Wörter „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search “%1”…</source>
        <translation>Suche „%1“…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search “%1” returned the wrong number of rows</source>
        <translation>die Suche „%1“ hat die falsche Anzahl Zeilen geliefert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 matching articles (FTS expression %2)</source>
        <translation>%1 passende Artikel (FTS-Ausdruck %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>load: 1,000 random articles…</source>
        <translation>load: 1.000 zufällige Artikel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>load</source>
        <translation>load</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+35"/>
        <location line="+22"/>
        <location line="+27"/>
        <location line="+16"/>
        <location line="+31"/>
        <source>load %1</source>
        <translation>load %1</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>load one article</source>
        <translation>einen Artikel laden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sqlite3: the 4-5 SELECTs ArticleStore::load runs, for the same ids</source>
        <translation>sqlite3: die 4–5 SELECTs, die ArticleStore::load ausführt, für dieselben IDs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>save: one edited paragraph, 500 random articles…</source>
        <translation>save: ein bearbeiteter Absatz, 500 zufällige Artikel…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>save one edited paragraph (save())</source>
        <translation>einen bearbeiteten Absatz speichern (save())</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sqlite3: the same reads, revision insert, article/paragraph/search-text updates in one transaction, 200 other articles</source>
        <translation>sqlite3: dieselben Lesezugriffe, Revisions-INSERT und Aktualisierungen von Artikel, Absatz und Suchtext in einer Transaktion, 200 andere Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edit cycle (load + edit + save)</source>
        <translation>Bearbeitungszyklus (laden + bearbeiten + speichern)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export ninjs: %1 articles in memory…</source>
        <translation>ninjs-Export: %1 Artikel im Speicher…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NinjsCodec::toBytes returned nothing for article %1</source>
        <translation>NinjsCodec::toBytes hat für Artikel %1 nichts geliefert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>export ninjs, %1 articles (load + toBytes)</source>
        <translation>ninjs-Export, %1 Artikel (load + toBytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per article: load %1 µs + NinjsCodec::toBytes %2 µs; %3 KB of JSON on average</source>
        <translation>pro Artikel: load %1 µs + NinjsCodec::toBytes %2 µs; im Mittel %3 KB JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export ninjs: %1 articles to files…</source>
        <translation>ninjs-Export: %1 Artikel in Dateien…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export ninjs, %1 articles to files (+ QSaveFile)</source>
        <translation>ninjs-Export, %1 Artikel in Dateien (+ QSaveFile)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writing one file with QSaveFile: %1 µs per article</source>
        <translation>Schreiben einer Datei mit QSaveFile: %1 µs pro Artikel</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+139"/>
        <source>The database: a Copydesk SQLite file. Default: $COPYDESK_DB, else the file the Copydesk application uses.</source>
        <translation>Die Datenbank: eine Copydesk-SQLite-Datei. Standard: $COPYDESK_DB, sonst die Datei, die die Copydesk-Anwendung verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows the version of copydesk-cli.</source>
        <translation>Zeigt die Version von copydesk-cli an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prints JSON instead of a table.</source>
        <translation>Gibt JSON statt einer Tabelle aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only articles with this status: draft, review, approved or published.</source>
        <translation>Nur Artikel mit diesem Status: draft, review, approved oder published.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+463"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Only articles whose headline, summary, body or meta titles contain these words.</source>
        <translation>Nur Artikel, deren Überschrift, Zusammenfassung, Text oder Meta-Titel diese Wörter enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most N articles, most recently updated first.</source>
        <translation>Höchstens N Artikel, die zuletzt aktualisierten zuerst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exports every article.</source>
        <translation>Exportiert alle Artikel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export format. Supported: ninjs (IPTC ninjs 3.1 JSON), the default.</source>
        <translation>Das Exportformat. Unterstützt: ninjs (IPTC ninjs 3.1 JSON), der Standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder to write the files to; created when missing. Each article becomes &lt;slug or uuid&gt;-v&lt;version&gt;.ninjs.json.</source>
        <translation>Der Ordner, in den die Dateien geschrieben werden; wird angelegt, falls er fehlt. Jeder Artikel wird zu &lt;Slug oder UUID&gt;-v&lt;Version&gt;.ninjs.json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the link to the previous article.</source>
        <translation>Entfernt die Verknüpfung zum vorherigen Artikel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the link to the next article.</source>
        <translation>Entfernt die Verknüpfung zum nächsten Artikel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+148"/>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Imports .txt and ninjs .json files; all of them or none.</source>
        <translation>Importiert .txt- und ninjs-.json-Dateien; alle oder keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[--status S] [--search Q] [--limit N] [--json]</source>
        <translation>[--status S] [--search Q] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists articles, most recently updated first.</source>
        <translation>Listet Artikel auf, die zuletzt aktualisierten zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows one article with its paragraphs, sources, meta titles and links.</source>
        <translation>Zeigt einen Artikel mit seinen Absätzen, Quellen, Meta-Titeln und Verknüpfungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID...|--all --format ninjs --out DIR</source>
        <translation>ID...|--all --format ninjs --out ORDNER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes articles as files for the publishing system.</source>
        <translation>Schreibt Artikel als Dateien für das Publikationssystem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PREV NEXT</source>
        <translation>VORHER NACHHER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Makes NEXT the article that follows PREV.</source>
        <translation>Macht NACHHER zu dem Artikel, der auf VORHER folgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID --prev|--next</source>
        <translation>ID --prev|--next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the link to the previous or the next article.</source>
        <translation>Entfernt die Verknüpfung zum vorherigen oder nächsten Artikel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+217"/>
        <location line="+33"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-422"/>
        <source>Lists the saved versions of an article.</source>
        <translation>Listet die gespeicherten Versionen eines Artikels auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID VERSION</source>
        <translation>ID VERSION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes an earlier version current again, as a new version.</source>
        <translation>Macht eine frühere Version wieder aktuell, als neue Version.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imports, lists, shows, links and exports the articles of a Copydesk database.</source>
        <translation>Importiert, listet, zeigt, verknüpft und exportiert die Artikel einer Copydesk-Datenbank.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the commands listed below.</source>
        <translation>Einer der unten aufgeführten Befehle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command&apos;s arguments and options.</source>
        <translation>Die Argumente und Optionen des Befehls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+45"/>
        <source>--db needs the path of a database file.</source>
        <translation>--db braucht den Pfad einer Datenbankdatei.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>no command given; run &apos;%1 --help&apos; to list the commands.</source>
        <translation>kein Befehl angegeben; „%1 --help“ listet die Befehle auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>unknown command &apos;%1&apos;; run &apos;%2 --help&apos; to list the commands.</source>
        <translation>unbekannter Befehl „%1“; „%2 --help“ listet die Befehle auf.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+21"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of one command.</source>
        <translation>„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit status: 0 success; 1 conflict (someone saved first); 2 bad input or usage (nothing was written); 3 database unavailable or damaged.</source>
        <translation>Exit-Status: 0 Erfolg; 1 Konflikt (jemand hat zuerst gespeichert); 2 fehlerhafte Eingabe oder Verwendung (nichts wurde geschrieben); 3 Datenbank nicht verfügbar oder beschädigt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Article files: .txt (the plain-text format) or .json (ninjs). Other names are read as ninjs when they start with &apos;{&apos;, else as plain text. Articles whose uri is already in the database update it; links between the files resolve in any order.</source>
        <translation>Artikeldateien: .txt (das Klartextformat) oder .json (ninjs). Andere Namen werden als ninjs gelesen, wenn sie mit „{“ beginnen, sonst als Klartext. Artikel, deren URI bereits in der Datenbank steht, aktualisieren diesen Artikel; Verknüpfungen zwischen den Dateien werden in beliebiger Reihenfolge aufgelöst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>The article: its id, uuid or uri.</source>
        <translation>Der Artikel: seine ID, UUID oder URI.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The articles: ids, uuids or uris.</source>
        <translation>Die Artikel: IDs, UUIDs oder URIs.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The earlier article (id, uuid or uri).</source>
        <translation>Der frühere Artikel (ID, UUID oder URI).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PREV</source>
        <translation>VORHER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article that follows it.</source>
        <translation>Der Artikel, der darauf folgt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT</source>
        <translation>NACHHER</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version to bring back (see history).</source>
        <translation>Die wiederherzustellende Version (siehe history).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+490"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="-480"/>
        <source>no such file.</source>
        <translation>keine solche Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not an article file.</source>
        <translation>ist ein Ordner, keine Artikeldatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty; there is no article to import.</source>
        <translation>die Datei ist leer; es gibt keinen Artikel zu importieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a valid article file.</source>
        <translation>keine gültige Artikeldatei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot open the database.</source>
        <translation>%1: Die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no article &apos;%1&apos; in %2 (give its id, uuid or uri).</source>
        <translation>kein Artikel „%1“ in %2 (geben Sie seine ID, UUID oder URI an).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no article with id %1.</source>
        <translation>kein Artikel mit der ID %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>run &apos;%1 %2 --help&apos; for its usage.</source>
        <translation>„%1 %2 --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the database refused the operation.</source>
        <translation>die Datenbank hat den Vorgang abgelehnt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>name at least one file to import.</source>
        <translation>nennen Sie mindestens eine Datei zum Importieren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing was imported; correct the files above and import them again.</source>
        <translation>es wurde nichts importiert; korrigieren Sie die oben genannten Dateien und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was imported.</source>
        <translation>es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported %1 %2 %3</source>
        <translation>importiert %1 %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imported %1</source>
        <translation>importiert %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--status: &apos;%1&apos; is not a status; use draft, review, approved or published.</source>
        <translation>--status: „%1“ ist kein Status; verwenden Sie draft, review, approved oder published.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--limit: &apos;%1&apos; is not a positive whole number.</source>
        <translation>--limit: „%1“ ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No articles.</source>
        <translation>Keine Artikel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BYLINE</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+275"/>
        <source>HEADLINE</source>
        <translation>ÜBERSCHRIFT</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+211"/>
        <location line="+38"/>
        <source>give exactly one article (id, uuid or uri).</source>
        <translation>geben Sie genau einen Artikel an (ID, UUID oder URI).</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paragraphs (%1):</source>
        <translation>Absätze (%1):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— sources: none (unattributed)</source>
        <translation>— Quellen: keine (ohne Quellenangabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— sources: %1</source>
        <translation>— Quellen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta titles (%1):</source>
        <translation>Meta-Titel (%1):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(chosen)</source>
        <translation>(ausgewählt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give article ids or --all, not both.</source>
        <translation>geben Sie Artikel-IDs oder --all an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the articles to export, or give --all.</source>
        <translation>nennen Sie die zu exportierenden Artikel oder geben Sie --all an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format %1 is not supported yet; the supported format is ninjs.</source>
        <translation>--format %1 wird noch nicht unterstützt; das unterstützte Format ist ninjs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format: unknown format &apos;%1&apos;; the supported format is ninjs.</source>
        <translation>--format: unbekanntes Format „%1“; das unterstützte Format ist ninjs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--out DIR is required: the folder to write the files to.</source>
        <translation>--out ORDNER ist erforderlich: der Ordner, in den die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out %1: is a file, not a folder.</source>
        <translation>--out %1: ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--out %1: cannot create the folder.</source>
        <translation>--out %1: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out %1: the folder is not writable.</source>
        <translation>--out %1: In den Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exported %1 %2</source>
        <translation>exportiert %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give two articles: PREV and the NEXT one that follows it.</source>
        <translation>geben Sie zwei Artikel an: VORHER und den Artikel NACHHER, der darauf folgt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>linked %1 &quot;%2&quot; -&gt; %3 &quot;%4&quot;</source>
        <translation>verknüpft %1 „%2“ -&gt; %3 „%4“</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give either --prev or --next.</source>
        <translation>geben Sie entweder --prev oder --next an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no previous article; nothing to unlink.</source>
        <translation>%1 hat keinen vorherigen Artikel; es gibt nichts zu lösen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no next article; nothing to unlink.</source>
        <translation>%1 hat keinen nächsten Artikel; es gibt nichts zu lösen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unlinked %1 &quot;%2&quot; from %3 &quot;%4&quot;</source>
        <translation>Verknüpfung gelöst: %1 „%2“ von %3 „%4“</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SAVED</source>
        <translation>GESPEICHERT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>* the current version</source>
        <translation>* die aktuelle Version</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the article and the version to restore.</source>
        <translation>geben Sie den Artikel und die wiederherzustellende Version an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VERSION: &apos;%1&apos; is not a version number (see history).</source>
        <translation>VERSION: „%1“ ist keine Versionsnummer (siehe history).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restored %1 to the content of version %2; it is now version %3</source>
        <translation>%1 auf den Inhalt von Version %2 zurückgesetzt; es ist jetzt Version %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+222"/>
        <source>%1: PostgreSQL databases are not supported by this version of Copydesk yet.</source>
        <translation>%1: PostgreSQL-Datenbanken werden von dieser Copydesk-Version noch nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: is a folder, not a database file.</source>
        <translation>%1: ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: permission denied (cannot read the file).</source>
        <translation>%1: Zugriff verweigert (die Datei kann nicht gelesen werden).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is not a Copydesk database (not an SQLite file).</source>
        <translation>%1: ist keine Copydesk-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: was written by a newer Copydesk (schema version %2; this version understands up to %3). Update Copydesk to open it; the file was not changed.</source>
        <translation>%1: wurde von einer neueren Copydesk-Version geschrieben (Schemaversion %2; diese Version versteht bis %3). Aktualisieren Sie Copydesk, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: is damaged or not a database: %2</source>
        <translation>%1: ist beschädigt oder keine Datenbank: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: is an SQLite database but not a Copydesk database (it has no copydesk_meta table); it was left untouched.</source>
        <translation>%1: ist eine SQLite-Datenbank, aber keine Copydesk-Datenbank (sie hat keine Tabelle copydesk_meta); sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: Die Schemaversion kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: is not a Copydesk database (its copydesk_meta table does not identify it); it was left untouched.</source>
        <translation>%1: ist keine Copydesk-Datenbank (ihre Tabelle copydesk_meta weist sie nicht als solche aus); sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>switching to write-ahead logging</source>
        <translation>Umstellen auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>creating the schema</source>
        <translation>Anlegen des Schemas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>migrating to schema version %1</source>
        <translation>Migrieren auf Schemaversion %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recording the schema version</source>
        <translation>Speichern der Schemaversion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>commit without a transaction</source>
        <translation>Commit ohne Transaktion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the transaction was rolled back</source>
        <translation>die Transaktion wurde zurückgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>nothing to commit</source>
        <translation>nichts festzuschreiben</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+54"/>
        <source>Search headlines, summaries, paragraphs and meta titles</source>
        <translation>Überschriften, Zusammenfassungen, Absätze und Meta-Titel durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search articles…</source>
        <translation>Artikel suchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only articles with this status</source>
        <translation>Nur Artikel mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an empty newsroom database file</source>
        <translation>Eine leere Redaktionsdatenbank-Datei anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing newsroom database file</source>
        <translation>Eine vorhandene Redaktionsdatenbank-Datei öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Copydesk</source>
        <translation>Ü&amp;ber Copydesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/widgets/MainWindow.cpp" line="+38"/>
        <source>Copydesk databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Copydesk-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+257"/>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Search Articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not list the articles: %1</source>
        <translation>Die Artikel konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+65"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Copydesk could not open %1.

%2</source>
        <translation>Copydesk konnte %1 nicht öffnen.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei › Datenbank öffnen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 no longer exists. It was removed from the list.</source>
        <translation>%1 existiert nicht mehr und wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No articles match the search.</source>
        <translation>Keine Artikel entsprechen der Suche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no articles yet.</source>
        <translation>Diese Datenbank enthält noch keine Artikel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select an article to read it.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Could not load the article: %1</source>
        <translation>Der Artikel konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Article count unavailable</source>
        <translation>Artikelanzahl nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 von %n Artikel</numerusform>
            <numerusform>%1 von %n Artikeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Copydesk</source>
        <translation>Über Copydesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;A newsroom editor that keeps every paragraph&apos;s sources in view, from the first draft to the published story.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Ein Redaktionseditor, der die Quellen jedes Absatzes im Blick behält, vom ersten Entwurf bis zum veröffentlichten Artikel.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NinjsCodec</name>
    <message>
        <location filename="../app/core/NinjsCodec.cpp" line="+347"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time such as 2026-10-02T06:15:00Z</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601 wie 2026-10-02T06:15:00Z</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a ninjs object, got %1</source>
        <translation>erwartet: ein ninjs-Objekt, erhalten: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected &quot;ninjs&quot;, got &quot;%1&quot;</source>
        <translation>erwartet: „ninjs“, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+164"/>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>„%1“ ist keine absolute URI</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>only text items can be imported, got &quot;%1&quot;</source>
        <translation>nur Textobjekte können importiert werden, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47, such as en-US or fr)</source>
        <translation>„%1“ ist kein Sprach-Tag (BCP 47, etwa en-US oder fr)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected &quot;usable&quot;, &quot;withheld&quot; or &quot;canceled&quot;, got &quot;%1&quot;</source>
        <translation>erwartet: „usable“, „withheld“ oder „canceled“, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a second main headline</source>
        <translation>eine zweite Hauptüberschrift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the main headline is empty</source>
        <translation>die Hauptüberschrift ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no main headline (role &quot;main&quot;)</source>
        <translation>keine Hauptüberschrift (role „main“)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a second summary</source>
        <translation>eine zweite Zusammenfassung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a second main body</source>
        <translation>ein zweiter Haupttext</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unsupported content type &quot;%1&quot; (expected text/html or text/plain)</source>
        <translation>nicht unterstützter Inhaltstyp „%1“ (erwartet: text/html oder text/plain)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the article links to itself as its %1 article</source>
        <translation>der Artikel verweist auf sich selbst als „%1“-Artikel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second &quot;%1&quot; association</source>
        <translation>eine zweite „%1“-Verknüpfung</translation>
    </message>
</context>
<context>
    <name>PlainTextImporter</name>
    <message>
        <location filename="../app/core/PlainTextImporter.cpp" line="+190"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byline</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NUL byte in the text; is this a binary file?</source>
        <translation>NUL-Byte im Text; ist das eine Binärdatei?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file contains only whitespace</source>
        <translation>die Datei enthält nur Leerraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no headline: the first paragraph must be the headline, not the %1 field</source>
        <translation>keine Überschrift: Der erste Absatz muss die Überschrift sein, nicht das Feld %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 field is given twice (first on line %2)</source>
        <translation>das Feld %1 ist zweimal angegeben (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the %1 field is empty</source>
        <translation>das Feld %1 ist leer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47, such as en-US or fr)</source>
        <translation>„%1“ ist kein Sprach-Tag (BCP 47, etwa en-US oder fr)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the source marker names no source</source>
        <translation>die Quellenmarkierung nennt keine Quelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the source marker has no paragraph text before it; put it at the end of the paragraph it attributes</source>
        <translation>vor der Quellenmarkierung steht kein Absatztext; setzen Sie sie an das Ende des Absatzes, den sie belegt</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/bench/Report.cpp" line="+161"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median/rate</source>
        <translation>Median/Rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sqlite3</source>
        <translation>sqlite3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PASS*</source>
        <translation>OK*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MISS</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>median/rate: median wall time per operation, or articles per second over the whole run. PASS* = the median meets the target, the p95 does not.
sqlite3: the same statements run by the sqlite3 shell on the same file (mean per operation, process start-up subtracted); ratio = Copydesk mean time / sqlite3 mean time (for rates: time per article).
</source>
        <translation>Median/Rate: Median der Laufzeit pro Vorgang oder Artikel pro Sekunde über den ganzen Lauf. OK* = der Median erreicht das Ziel, das p95 nicht.
sqlite3: dieselben Anweisungen, ausgeführt von der sqlite3-Shell auf derselben Datei (Mittelwert pro Vorgang, ohne Prozessstart); Verhältnis = mittlere Zeit von Copydesk / mittlere Zeit von sqlite3 (bei Raten: Zeit pro Artikel).
</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../app/core/Source.cpp" line="+14"/>
        <source>Official</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wire service</source>
        <translation>Nachrichtenagentur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>SqliteShell</name>
    <message>
        <location filename="../app/bench/SqliteShell.cpp" line="+43"/>
        <source>%1 cannot be run (%2); the sqlite3 column stays empty.</source>
        <translation>%1 kann nicht ausgeführt werden (%2); die Spalte sqlite3 bleibt leer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 failed on %2: %3</source>
        <translation>%1 ist bei %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+79"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copydesk could not open %1.

%2</source>
        <translation>Copydesk konnte %1 nicht öffnen.

%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Newsroom editor with source attributions.</source>
        <translation>Redaktionseditor mit Quellenangaben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the database at PATH (default: %1).</source>
        <translation>Die Datenbank unter PFAD öffnen (Standard: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
</context>
</TS>
