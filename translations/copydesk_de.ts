<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArticleAttributionModel</name>
    <message>
        <location filename="../app/models/ArticleAttributionModel.cpp" line="+28"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unchecked</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No source</source>
        <translation>Keine Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unattributed</source>
        <translation>Ohne Quellenangabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paragraph %1: %2…</source>
        <translation>Absatz %1: %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message>
        <location filename="../app/models/ArticleCommands.cpp" line="+10"/>
        <source>Edit headline</source>
        <translation>Schlagzeile bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit summary</source>
        <translation>Zusammenfassung bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit byline</source>
        <translation>Autorenzeile bearbeiten</translation>
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
        <location filename="../app/models/ArticleDocument.cpp" line="+418"/>
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
    <name>ArticleEditor</name>
    <message>
        <location filename="../ui/ArticleEditor.ui" line="+17"/>
        <source>Read-only notice</source>
        <translation>Hinweis: schreibgeschützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canonical headline: the only label used for previous/next links</source>
        <translation>Die maßgebliche Schlagzeile: die einzige Bezeichnung, die für Verknüpfungen zum vorherigen und nächsten Artikel verwendet wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What a reader in a hurry needs to know, in one or two sentences</source>
        <translation>Was eilige Leser wissen müssen, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary word count</source>
        <translation>Wortzahl der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary as readers see it</source>
        <translation>Zusammenfassung, wie Leser sie sehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No time to read? Get a summary</source>
        <translation>Keine Zeit zum Lesen? Hier die Zusammenfassung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Byline</source>
        <translation>A&amp;utorenzeile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ection</source>
        <translation>Ress&amp;ort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language (BCP 47 tag)</source>
        <translation>Sprache (BCP-47-Tag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A BCP 47 language tag such as en-US, en-GB, de-DE</source>
        <translation>Ein Sprach-Tag nach BCP 47 wie en-US, en-GB, de-DE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sl&amp;ug</source>
        <translation>Slu&amp;g</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words-joined-by-hyphens</source>
        <translation>woerter-mit-bindestrichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article body</source>
        <translation>Artikeltext</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/widgets/ArticleEditor.cpp" line="+162"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(readers expect at most %1)</source>
        <translation>(Leser erwarten höchstens %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readers will see the summary here.</source>
        <translation>Hier sehen Leser die Zusammenfassung.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../app/models/ArticleListModel.cpp" line="+164"/>
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
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
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
        <location filename="../app/storage/ArticleStore.cpp" line="+321"/>
        <source>The article has not been stored yet.</source>
        <translation>Der Artikel wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Article %1 was changed by someone else: you edited version %2, the database has version %3. Nothing was saved.</source>
        <translation>Artikel %1 wurde von jemand anderem geändert: Sie haben Version %2 bearbeitet, die Datenbank hat Version %3. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>storing article “%1”</source>
        <translation>Speichern des Artikels „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An article with the uri %1 or uuid %2 already exists.</source>
        <translation>Ein Artikel mit der URI %1 oder der UUID %2 existiert bereits.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+13"/>
        <source>removing a paragraph</source>
        <translation>Entfernen eines Absatzes</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+7"/>
        <source>saving attributions</source>
        <translation>Speichern der Quellenangaben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>storing the attributions of paragraph %1</source>
        <translation>Speichern der Quellenangaben von Absatz %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saving meta titles</source>
        <translation>Speichern der Meta-Titel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>saving meta title %1</source>
        <translation>Speichern von Meta-Titel %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+12"/>
        <source>updating the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The search text of article %1 is missing.</source>
        <translation>Der Suchtext von Artikel %1 fehlt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>recording revision %1</source>
        <translation>Aufzeichnen von Revision %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An attribution in “%1” has no source name.</source>
        <translation>Eine Quellenangabe in „%1“ hat keinen Quellennamen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>deleting article %1</source>
        <translation>Löschen von Artikel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <location line="+292"/>
        <location line="+63"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>loading article %1</source>
        <translation>Laden von Artikel %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>loading paragraphs</source>
        <translation>Laden der Absätze</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+36"/>
        <source>looking up article %1</source>
        <translation>Suchen von Artikel %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no article “%1” (expected an id, a uuid or a uri).</source>
        <translation>Es gibt keinen Artikel „%1“ (erwartet: eine ID, eine UUID oder eine URI).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>listing articles</source>
        <translation>Auflisten der Artikel</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+23"/>
        <source>searching articles</source>
        <translation>Durchsuchen der Artikel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading article %1</source>
        <translation>Lesen von Artikel %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>counting articles</source>
        <translation>Zählen der Artikel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the links of article %1</source>
        <translation>Lesen der Verknüpfungen von Artikel %1</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+55"/>
        <source>reading the series of article %1</source>
        <translation>Lesen der Serie von Artikel %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reading the history of article %1</source>
        <translation>Lesen des Verlaufs von Artikel %1</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+17"/>
        <location line="+113"/>
        <source>looking up source %1</source>
        <translation>Suchen der Quelle %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+32"/>
        <location line="+20"/>
        <location line="+17"/>
        <source>There is no source %1.</source>
        <translation>Es gibt keine Quelle %1.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>counting citations</source>
        <translation>Zählen der Zitierungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>merging sources</source>
        <translation>Zusammenführen der Quellen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
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
        <translation>Artikel ohne Schlagzeile #%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Untitled article</source>
        <translation>Artikel ohne Schlagzeile</translation>
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
    <name>AttachSourceDialog</name>
    <message>
        <location filename="../ui/AttachSourceDialog.ui" line="+14"/>
        <source>Attach Source</source>
        <translation>Quelle zuordnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources of this &amp;paragraph:</source>
        <translation>Quellen dieses &amp;Absatzes:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources of this paragraph</source>
        <translation>Quellen dieses Absatzes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a source to change its detail or link, or to remove it</source>
        <translation>Wählen Sie eine Quelle aus, um ihr Detail oder ihren Link zu ändern oder sie zu entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected source</source>
        <translation>Die ausgewählte Quelle entfernen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name in the source registry</source>
        <translation>Name im Quellenverzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Detail:</source>
        <translation>&amp;Detail:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quote, document or page (optional)</source>
        <translation>Zitat, Dokument oder Seite (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribution detail</source>
        <translation>Detail der Quellenangabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://… where this claim can be checked (optional)</source>
        <translation>https://… wo sich diese Aussage prüfen lässt (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribution link</source>
        <translation>Link der Quellenangabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of the new source</source>
        <translation>Art der neuen Quelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website of the new source</source>
        <translation>Website der neuen Quelle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="+172"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="+2"/>
        <source>Add the source to the paragraph</source>
        <translation>Die Quelle dem Absatz hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="-125"/>
        <source>Paragraph %1: “%2”</source>
        <translation>Absatz %1: „%2“</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The source registry could not be read: %1</source>
        <translation>Das Quellenverzeichnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No source yet</source>
        <translation>Noch keine Quelle</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” is not in the source registry yet. It is added with:</source>
        <translation>„%1“ ist neu im Verzeichnis und wird angelegt mit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name the registry does not know yet is added to it as a new source.</source>
        <translation>Ein unbekannter Name wird als neue Quelle aufgenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Update</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the selected source</source>
        <translation>Die ausgewählte Quelle aktualisieren</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Type the name of a source.</source>
        <translation>Geben Sie den Namen einer Quelle ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>Der Link muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is already a source of this paragraph.</source>
        <translation>„%1“ ist bereits eine Quelle dieses Absatzes.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The website must be a web address starting with http:// or https://.</source>
        <translation>Die Website muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” could not be added to the source registry: %2</source>
        <translation>„%1“ konnte nicht ins Quellenverzeichnis aufgenommen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attach source</source>
        <translation>Quelle zuordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
</context>
<context>
    <name>AttributionGutter</name>
    <message>
        <location filename="../app/widgets/AttributionGutter.cpp" line="+47"/>
        <source>Paragraph sources</source>
        <translation>Quellen der Absätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One chip per source of each paragraph; a red bar marks a paragraph without a source. Ctrl+Shift+A attaches a source.</source>
        <translation>Eine Marke pro Quelle jedes Absatzes; ein roter Balken kennzeichnet einen Absatz ohne Quelle. Strg+Umschalt+A ordnet eine Quelle zu.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>No source is attributed to this paragraph. Click to attach one (%1).</source>
        <translation>Diesem Absatz ist keine Quelle zugeordnet. Klicken Sie, um eine zuzuordnen (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more source(s):</source>
        <translation>
            <numerusform>%n weitere Quelle:</numerusform>
            <numerusform>%n weitere Quellen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>AttributionStyle</name>
    <message>
        <location filename="../app/widgets/AttributionStyle.cpp" line="+82"/>
        <source>Unchecked</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
</context>
<context>
    <name>AttributionsInspector</name>
    <message>
        <location filename="../ui/AttributionsInspector.ui" line="+9"/>
        <location filename="../app/widgets/AttributionsInspector.cpp" line="+76"/>
        <source>This paragraph</source>
        <translation>Dieser Absatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources of the current paragraph</source>
        <translation>Quellen des aktuellen Absatzes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a source</source>
        <translation>Eine Quelle zuordnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected source from the paragraph</source>
        <translation>Die ausgewählte Quelle aus dem Absatz entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whole article</source>
        <translation>Ganzer Artikel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attributions of the whole article</source>
        <translation>Quellenangaben des ganzen Artikels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attribution coverage</source>
        <translation>Anteil mit Quellenangabe</translation>
    </message>
    <message>
        <location filename="../app/widgets/AttributionsInspector.cpp" line="+10"/>
        <source>Paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No source: this paragraph is unattributed</source>
        <translation>Keine Quelle: Dieser Absatz hat keine Quellenangabe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove source “%1”</source>
        <translation>Quelle „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 of %n paragraph(s) attributed</source>
        <translation>
            <numerusform>%1 von %n Absatz mit Quellenangabe</numerusform>
            <numerusform>%1 von %n Absätzen mit Quellenangabe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchFileWriter</name>
    <message>
        <location filename="../app/cli/BatchFileWriter.cpp" line="+53"/>
        <location line="+10"/>
        <location line="+21"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot sync the folder to disk: %2</source>
        <translation>%1: Der Ordner kann nicht auf den Datenträger synchronisiert werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot sync the files to disk: %2</source>
        <translation>%1: Die Dateien können nicht auf den Datenträger synchronisiert werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot sync to disk: %2</source>
        <translation>%1: Synchronisieren mit dem Datenträger nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>BenchLibrary</name>
    <message>
        <location filename="../app/bench/gui/BenchLibrary.cpp" line="+106"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>inserting the list-only rows</source>
        <translation>Einfügen der Zeilen nur für die Liste</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: cannot write the file to disk: %2</source>
        <translation>%1: Die Datei kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds %2 articles, not %3.</source>
        <translation>%1 enthält %2 Artikel, nicht %3.</translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <location filename="../app/bench/BenchRunner.cpp" line="+351"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CPU time %1 µs per article (%2 /s of CPU)</source>
        <translation>CPU-Zeit %1 µs pro Artikel (%2 /s CPU-Zeit)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+428"/>
        <source>sqlite3 comparison failed: %1</source>
        <translation>sqlite3-Vergleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-375"/>
        <location line="+415"/>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="-402"/>
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
        <location line="+188"/>
        <source>creating %1</source>
        <translation>Anlegen von %1</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>The query word “%1” is not in the generator&apos;s vocabulary.</source>
        <translation>Das Suchwort „%1“ ist nicht im Wortschatz des Generators.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating and importing %1 articles in batches of %2 into %3…</source>
        <translation>Erzeugen und Importieren von %1 Artikeln in Stapeln zu %2 in %3…</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+167"/>
        <source>sqlite3: the same rows as plain INSERTs with ids chosen up front, one transaction per %1 articles</source>
        <translation>sqlite3: dieselben Zeilen als einfache INSERTs mit vorab gewählten IDs, eine Transaktion pro %1 Artikel</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>link(prev, next) during import (every 10th article)</source>
        <translation>link(prev, next) während des Imports (jeder 10. Artikel)</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>create()</source>
        <translation>create()</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>first tenth %1 /s, last tenth %2 /s; %3 ms per call of %4; %5</source>
        <translation>erstes Zehntel %1 /s, letztes Zehntel %2 /s; %3 ms pro Aufruf mit %4; %5</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>importArticles()</source>
        <translation>importArticles()</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing the first %1 articles with importArticles(), create() and the sqlite3 shell, %2 interleaved rounds…</source>
        <translation>Schreiben der ersten %1 Artikel mit importArticles(), create() und der sqlite3-Shell, %2 verschränkte Runden…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>importArticles(), first %1 articles (fresh file)</source>
        <translation>importArticles(), erste %1 Artikel (neue Datei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>best of %1 rounds; %2</source>
        <translation>beste von %1 Runden; %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>create(), first %1 articles (begin/commit per %2)</source>
        <translation>create(), erste %1 Artikel (begin/commit pro %2)</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+13"/>
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
        <location line="+23"/>
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
        <source>%1 matching articles (FTS expression %2), ranked among the newest %3</source>
        <translation>%1 passende Artikel (FTS-Ausdruck %2), gerankt unter den neuesten %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count matches: “%1” (%2)</source>
        <translation>Treffer zählen: „%1“ (%2)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>sqlite3: the 4-5 SELECTs ArticleStore::load runs in one read transaction, for the same ids</source>
        <translation>sqlite3: die 4–5 SELECTs, die ArticleStore::load in einer Lesetransaktion ausführt, für dieselben IDs</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>per article: load %1 µs + NinjsCodec::toBytes %2 µs; %3 KB of JSON on average; one read transaction around all of them, as copydesk-cli does</source>
        <translation>pro Artikel: Laden %1 µs + NinjsCodec::toBytes %2 µs; im Mittel %3 KB JSON; eine Lesetransaktion um alle, wie bei copydesk-cli</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>export ninjs, %1 articles to files (BatchFileWriter)</source>
        <translation>ninjs-Export, %1 Artikel in Dateien (BatchFileWriter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as copydesk-cli export --all: writing each file under a temporary name %1 µs per article, then one sync to disk and the renames %2 ms in all (%3 µs per article)</source>
        <translation>wie copydesk-cli export --all: jede Datei unter einem vorläufigen Namen schreiben %1 µs pro Artikel, dann eine Synchronisierung und die Umbenennungen %2 ms insgesamt (%3 µs pro Artikel)</translation>
    </message>
    <message>
        <location line="-180"/>
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
        <location line="+37"/>
        <location line="+23"/>
        <location line="+30"/>
        <location line="+20"/>
        <location line="+32"/>
        <source>load %1</source>
        <translation>load %1</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>load one article</source>
        <translation>einen Artikel laden</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+19"/>
        <source>sqlite3: the same reads, source look-ups, revision insert and article/paragraph/search-text updates in one transaction, on %1 other articles</source>
        <translation>sqlite3: dieselben Lesezugriffe, Quellensuchen, Revisions-INSERT und Aktualisierungen von Artikel, Absatz und Suchtext in einer Transaktion, an %1 anderen Artikeln</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+11"/>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>export ninjs, %1 articles (load + toBytes)</source>
        <translation>ninjs-Export, %1 Artikel (load + toBytes)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export ninjs: %1 articles to files…</source>
        <translation>ninjs-Export: %1 Artikel in Dateien…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../app/widgets/BodyEditor.cpp" line="+40"/>
        <source>Article body</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach Source…</source>
        <translation>Quelle zuordnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach a source to the current paragraph</source>
        <translation>Dem aktuellen Absatz eine Quelle zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Paragraph Up</source>
        <translation>Absatz nach oben verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the current paragraph above the previous one</source>
        <translation>Den aktuellen Absatz über den vorherigen verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Paragraph Down</source>
        <translation>Absatz nach unten verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the current paragraph below the next one</source>
        <translation>Den aktuellen Absatz unter den nächsten verschieben</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>Move text</source>
        <translation>Text verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop text</source>
        <translation>Text ablegen</translation>
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
        <translation>Nur Artikel, deren Schlagzeile, Zusammenfassung, Text oder Meta-Titel diese Wörter enthalten.</translation>
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
        <location line="+499"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="-489"/>
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
        <translation>AUTORENZEILE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+284"/>
        <source>HEADLINE</source>
        <translation>SCHLAGZEILE</translation>
    </message>
    <message>
        <location line="-270"/>
        <location line="+220"/>
        <location line="+38"/>
        <source>give exactly one article (id, uuid or uri).</source>
        <translation>geben Sie genau einen Artikel an (ID, UUID oder URI).</translation>
    </message>
    <message>
        <location line="-241"/>
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
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
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
        <location line="+30"/>
        <source>--out %1: cannot create the folder.</source>
        <translation>--out %1: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out %1: the folder is not writable.</source>
        <translation>--out %1: In den Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>exported %1 %2</source>
        <translation>exportiert %1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
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
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.ui" line="+6"/>
        <source>Someone Else Saved This Article</source>
        <translation>Jemand anderes hat diesen Artikel gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your version (not saved)</source>
        <translation>Ihre Version (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Their version (in the database)</source>
        <translation>Die andere Version (in der Datenbank)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their version</source>
        <translation>Die andere Version</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your version on top of theirs; theirs stays in the history</source>
        <translation>Ihre Version über der anderen speichern; die andere bleibt im Verlauf erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take Theirs</source>
        <translation>Andere &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your unsaved edits and load their version</source>
        <translation>Ihre nicht gespeicherten Änderungen verwerfen und die andere Version laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy Mine to a New Article</source>
        <translation>Meine als &amp;neuen Artikel speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs here and save your version as a separate new article</source>
        <translation>Die andere Version hier behalten und Ihre als eigenen neuen Artikel speichern</translation>
    </message>
    <message>
        <location filename="../app/widgets/ConflictDialog.cpp" line="+14"/>
        <source>While you were editing version %1 of “%2”, version %3 was saved by someone else (at %4). Your edits are not lost: choose what to keep. Paragraphs that differ are highlighted.</source>
        <translation>Während Sie Version %1 von „%2“ bearbeitet haben, hat jemand anderes Version %3 gespeichert (am %4). Ihre Änderungen sind nicht verloren: Wählen Sie, was erhalten bleiben soll. Abweichende Absätze sind hervorgehoben.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+159"/>
        <source>The database is read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is busy (another program holds a lock).</source>
        <translation>Die Datenbank ist belegt (ein anderes Programm hält eine Sperre).</translation>
    </message>
    <message>
        <location line="+105"/>
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
        <location line="+25"/>
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
        <location line="+17"/>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cannot start writing inside a read transaction.</source>
        <translation>%1: Innerhalb einer Lesetransaktion kann nicht mit dem Schreiben begonnen werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>commit without a transaction</source>
        <translation>Commit ohne Transaktion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transaction was rolled back</source>
        <translation>die Transaktion wurde zurückgesetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>nothing to commit</source>
        <translation>nichts festzuschreiben</translation>
    </message>
</context>
<context>
    <name>GuiBenchRunner</name>
    <message>
        <location filename="../app/bench/gui/GuiBenchRunner.cpp" line="+91"/>
        <source>an X server</source>
        <translation>ein X-Server</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>X11 (xcb), DISPLAY=%1, served by %2</source>
        <translation>X11 (xcb), DISPLAY=%1, bereitgestellt von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offscreen (QT_QPA_PLATFORM=offscreen: painting to memory, no display)</source>
        <translation>offscreen (QT_QPA_PLATFORM=offscreen: Zeichnen in den Speicher, keine Anzeige)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform: %1; screen %2.</source>
        <translation>Plattform: %1; Bildschirm %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Es kann kein temporäres Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists but is not a library this benchmark made with the same options; remove it or choose another --dir.
%2</source>
        <translation>%1 existiert, ist aber keine Bibliothek, die dieser Benchmark mit denselben Optionen angelegt hat; entfernen Sie sie oder wählen Sie ein anderes --dir.
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reusing %1 (left by --keep; the long article carries the edits of earlier runs).</source>
        <translation>%1 wird wiederverwendet (von --keep hinterlassen; der lange Artikel enthält die Änderungen früherer Läufe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generating %L1 articles in %2 …</source>
        <translation>Erzeugen von %L1 Artikeln in %2 …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generating the library failed (%1).</source>
        <translation>Das Erzeugen der Bibliothek ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The generator did not describe the library it made.</source>
        <translation>Der Generator hat die erzeugte Bibliothek nicht beschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate %L1 list-only rows (one INSERT … SELECT)</source>
        <translation>%L1 Nur-Listen-Zeilen erzeugen (ein INSERT … SELECT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store %1 full articles (ArticleStore::create)</source>
        <translation>%1 vollständige Artikel speichern (ArticleStore::create)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the finished file to disk (fsync)</source>
        <translation>die fertige Datei auf den Datenträger schreiben (fsync)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>library generation in total</source>
        <translation>Erzeugen der Bibliothek insgesamt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>library file size</source>
        <translation>Größe der Bibliotheksdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library has %L1 articles: %L2 list-only rows and %3 articles stored through ArticleStore::create (the long one and %4 ordinary ones, newest at the top of the list). List-only rows are rows of the articles table with everything the list shows (headline, status, byline, updated, paragraph and attributed counts) but no paragraphs, attributions or search text: the article list reads only the articles table (SELECT … FROM articles ORDER BY … LIMIT/OFFSET and count(*)), so they cost it exactly what real articles would, and a million of them are written in seconds instead of hours. Opening one shows an empty body; full-text search does not find them.</source>
        <translation>Die Bibliothek hat %L1 Artikel: %L2 Nur-Listen-Zeilen und %3 über ArticleStore::create gespeicherte Artikel (der lange und %4 gewöhnliche, die neuesten oben in der Liste). Nur-Listen-Zeilen sind Zeilen der Tabelle articles mit allem, was die Liste zeigt (Schlagzeile, Status, Autorenzeile, Aktualisierung, Zahl der Absätze und der Absätze mit Quellenangabe), aber ohne Absätze, Quellenangaben oder Suchtext: Die Artikelliste liest nur die Tabelle articles (SELECT … FROM articles ORDER BY … LIMIT/OFFSET und count(*)), daher kosten sie sie genau so viel wie echte Artikel, und eine Million davon ist in Sekunden statt Stunden geschrieben. Öffnet man eine, ist der Text leer; die Volltextsuche findet sie nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The long article: %L1 words in %2 paragraphs with %3 attributions (1–3 per paragraph), id %4.</source>
        <translation>Der lange Artikel: %L1 Wörter in %2 Absätzen mit %3 Quellenangaben (1–3 pro Absatz), ID %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generated in %1 s (list-only rows %2 s, full articles %3 s, fsync %4 s); file %5 MB.</source>
        <translation>Erzeugt in %1 s (Nur-Listen-Zeilen %2 s, vollständige Artikel %3 s, fsync %4 s); Datei %5 MB.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Startup with %L1 articles</source>
        <translation>Start mit %L1 Artikeln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 --version failed: %2</source>
        <translation>%1 --version fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>process start → main() (`copydesk --version`)</source>
        <translation>Prozessstart → main() (`copydesk --version`)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a child process: exec, dynamic linking, QApplication (display connection), translators, exit.</source>
        <translation>ein Kindprozess: exec, dynamisches Linken, QApplication (Verbindung zur Anzeige), Übersetzungen, Beenden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>main(): Database::open before the window</source>
        <translation>main(): Database::open vor dem Fenster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The main window has no articleTable.</source>
        <translation>Das Hauptfenster hat keine articleTable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The article list was not painted within 30 s.</source>
        <translation>Die Artikelliste wurde nicht innerhalb von 30 s gezeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MainWindow constructor</source>
        <translation>MainWindow-Konstruktor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>openDatabase() (count, first page, opens the first article)</source>
        <translation>openDatabase() (Zählung, erste Seite, öffnet den ersten Artikel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show()</source>
        <translation>show()</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show() returned → list viewport painted and flushed</source>
        <translation>show() zurückgekehrt → Listenansicht gezeichnet und ausgegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MainWindow + openDatabase + show → first screen of the list</source>
        <translation>MainWindow + openDatabase + show → erster Bildschirm der Liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated after start: process + pre-open + window</source>
        <translation>geschätzt ab Start: Prozess + Vorab-Öffnen + Fenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sum of the median `copydesk --version` run, main()&apos;s own Database::open and the window figure; the database file is in the OS page cache (it was just written), as on a desk that used it today.</source>
        <translation>die Summe aus dem Median-Lauf von `copydesk --version`, dem eigenen Database::open von main() und dem Fenster-Messwert; die Datenbankdatei liegt im Seitencache des Betriebssystems (sie wurde gerade geschrieben), wie an einem Arbeitsplatz, der sie heute schon benutzt hat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At startup the window opened article %1 (%2 paragraphs) and listed %L3 rows, %L4 of them read from the database for the first screen.</source>
        <translation>Beim Start hat das Fenster Artikel %1 (%2 Absätze) geöffnet und %L3 Zeilen aufgelistet, davon %L4 für den ersten Bildschirm aus der Datenbank gelesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+72"/>
        <location line="+182"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>RSS after opening (VmRSS)</source>
        <translation>RSS nach dem Öffnen (VmRSS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peak RSS after opening (VmHWM)</source>
        <translation>Spitzen-RSS nach dem Öffnen (VmHWM)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The list was not repainted after scrollToBottom().</source>
        <translation>Die Liste wurde nach scrollToBottom() nicht neu gezeichnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scrolling</source>
        <translation>Blättern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scrollToBottom() → last screen painted</source>
        <translation>scrollToBottom() → letzter Bildschirm gezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last visible row %L1 of %L2 (article id %3).</source>
        <translation>letzte sichtbare Zeile %L1 von %L2 (Artikel-ID %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rows held by the model after scrolling to the end</source>
        <translation>Zeilen im Modell nach dem Blättern ans Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model keeps at most %L1 pages of %L2 rows; the library has %L3.</source>
        <translation>das Modell hält höchstens %L1 Seiten zu %L2 Zeilen; die Bibliothek hat %L3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The list was not repainted after a scroll-bar jump.</source>
        <translation>Die Liste wurde nach einem Sprung der Bildlaufleiste nicht neu gezeichnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scroll-bar jump to a random position → painted</source>
        <translation>Sprung der Bildlaufleiste an eine zufällige Stelle → gezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 positions spread over the list; afterwards the model holds %L2 rows.</source>
        <translation>%1 über die Liste verteilte Positionen; danach hält das Modell %L2 Zeilen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RSS after scrolling to the end (VmRSS)</source>
        <translation>RSS nach dem Blättern ans Ende (VmRSS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peak RSS after scrolling to the end (VmHWM)</source>
        <translation>Spitzen-RSS nach dem Blättern ans Ende (VmHWM)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not open article %1.</source>
        <translation>Artikel %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open the long article %1.</source>
        <translation>Der lange Artikel %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body was not painted after opening the long article.</source>
        <translation>Der Text wurde nach dem Öffnen des langen Artikels nicht gezeichnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %L1-word article</source>
        <translation>Der Artikel mit %L1 Wörtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showArticle() → body painted, first time</source>
        <translation>showArticle() → Text gezeichnet, erstes Mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first open in this process (its pages not yet in SQLite&apos;s cache), coming from article %1.</source>
        <translation>das erste Öffnen in diesem Prozess (seine Seiten noch nicht im Cache von SQLite), ausgehend von Artikel %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showArticle() → body painted, again</source>
        <translation>showArticle() → Text gezeichnet, erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each time coming from article %1; showArticle() itself (save check, load, document, editor, inspectors, reader preview) takes %2 ms of it (median of all %3 opens).</source>
        <translation>jeweils ausgehend von Artikel %1; showArticle() selbst (Speicherprüfung, Laden, Dokument, Editor, Inspektoren, Leseransicht) braucht davon %2 ms (Median aller %3 Öffnungen).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 keys were sent to the body but it grew by %2 characters (read-only: %3, modified: %4).</source>
        <translation>%1 Tasten wurden an den Text gesendet, er wuchs aber um %2 Zeichen (schreibgeschützt: %3, geändert: %4).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keystroke + body and gutter repaint()</source>
        <translation>Tastendruck + repaint() von Text und Randleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 letters typed mid-article (paragraph %2 of %3); the spaces between words are typed but not timed.</source>
        <translation>%1 Buchstaben mitten im Artikel getippt (Absatz %2 von %3); die Leerzeichen zwischen den Wörtern werden getippt, aber nicht gemessen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keystroke → event loop idle (Qt&apos;s own repaints)</source>
        <translation>Tastendruck → Ereignisschleife untätig (Qts eigenes Neuzeichnen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>Saving the typed text failed: %1</source>
        <translation>Das Speichern des getippten Textes ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Found while measuring: a letter typed right after a save, where the typing before the save left off, does not make the article modified (ArticleDocument::isModified() stays false, the status stays “Saved”, no autosave is scheduled, and switching articles does not save it): QTextDocument merges the insertion into its previous undo command and emits no undoCommandAdded, so no step is pushed on the article&apos;s stack after setClean(). The autosave figure therefore moves the cursor one character back before each letter, which starts a new undo command.</source>
        <translation>Beim Messen gefunden: Ein Buchstabe, der direkt nach einem Speichern dort getippt wird, wo das Tippen vor dem Speichern aufgehört hat, markiert den Artikel nicht als geändert (ArticleDocument::isModified() bleibt false, der Status bleibt „Gespeichert“, kein automatisches Speichern wird geplant, und ein Artikelwechsel speichert ihn nicht): QTextDocument fügt die Eingabe in seinen vorherigen Undo-Befehl ein und sendet kein undoCommandAdded, daher kommt nach setClean() kein Schritt auf den Stapel des Artikels. Der Messwert für das automatische Speichern setzt den Cursor deshalb vor jedem Buchstaben um ein Zeichen zurück, was einen neuen Undo-Befehl beginnt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Typing did not modify the long article.</source>
        <translation>Das Tippen hat den langen Artikel nicht verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>autosave of one changed paragraph (saveCurrentArticle)</source>
        <translation>automatisches Speichern eines geänderten Absatzes (saveCurrentArticle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one letter typed before each save; every save writes a revision.</source>
        <translation>ein Buchstabe wird vor jedem Speichern getippt; jedes Speichern schreibt eine Revision.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RSS with the long article open and edited (VmRSS)</source>
        <translation>RSS mit geöffnetem und bearbeitetem langem Artikel (VmRSS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peak RSS of the whole session (VmHWM)</source>
        <translation>Spitzen-RSS der ganzen Sitzung (VmHWM)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the time goes (the parts, one by one)</source>
        <translation>Wohin die Zeit geht (die Teile einzeln)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ArticleStore::count (all articles)</source>
        <translation>ArticleStore::count (alle Artikel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ArticleStore::list, first page</source>
        <translation>ArticleStore::list, erste Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ArticleStore::list, middle page</source>
        <translation>ArticleStore::list, mittlere Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ArticleStore::list, last page</source>
        <translation>ArticleStore::list, letzte Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (offset %L1)</source>
        <translation> (Offset %L1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ArticleStore::load (the long article)</source>
        <translation>ArticleStore::load (der lange Artikel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ArticleDocument from the long article</source>
        <translation>ArticleDocument aus dem langen Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ArticleView::setArticle (hidden Reader Preview tab)</source>
        <translation>ArticleView::setArticle (verborgener Reiter Leseransicht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ArticleDocument::wordCount (status bar, each new undo step)</source>
        <translation>ArticleDocument::wordCount (Statusleiste, jeder neue Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HistoryInspector::refresh (hidden dock; twice per save)</source>
        <translation>HistoryInspector::refresh (verdecktes Dock; zweimal pro Speichern)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ArticleStore::revision (the version before)</source>
        <translation>ArticleStore::revision (die Version davor)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ArticleListModel drafts → all articles, no view</source>
        <translation>ArticleListModel Entwürfe → alle Artikel, ohne Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ArticleListModel drafts → all articles, QTableView</source>
        <translation>ArticleListModel Entwürfe → alle Artikel, QTableView</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ArticleStore::save, one paragraph changed</source>
        <translation>ArticleStore::save, ein Absatz geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt %1 (built against %2), SQLite %3; %4, %5 cores; load average %6 at the start, %7 at the end; total run time %8 s.</source>
        <translation>Qt %1 (gebaut gegen %2), SQLite %3; %4, %5 Kerne; Lastmittel %6 zu Beginn, %7 am Ende; Gesamtlaufzeit %8 s.</translation>
    </message>
</context>
<context>
    <name>GuiReport</name>
    <message>
        <location filename="../app/bench/gui/GuiReport.cpp" line="+115"/>
        <source>Figure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median/value</source>
        <translation>Median/Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+41"/>
        <source>median/value: the median wall time of n runs, or the single value measured. PASS* = the median meets the target, the p95 does not.</source>
        <translation>Median/Wert: Median der Laufzeit aus n Läufen oder der einzelne Messwert. OK* = der Median erreicht das Ziel, das p95 nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>HistoryInspector</name>
    <message>
        <location filename="../ui/HistoryInspector.ui" line="+8"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Versions</source>
        <translation>Vers&amp;ionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every save makes a version. Select one to see what the current article changed since.</source>
        <translation>Jedes Speichern erzeugt eine Version. Wählen Sie eine aus, um zu sehen, was sich im aktuellen Artikel seitdem geändert hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes since the selected version</source>
        <translation>Änderungen seit der ausgewählten Version</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History status</source>
        <translation>Status des Verlaufs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore This Version…</source>
        <translation>Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected version</source>
        <translation>Die ausgewählte Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected version&apos;s content current again, as a new version; nothing in the history is lost</source>
        <translation>Den Inhalt der ausgewählten Version wieder aktuell machen, als neue Version; im Verlauf geht nichts verloren</translation>
    </message>
    <message>
        <location filename="../app/widgets/HistoryInspector.cpp" line="+72"/>
        <source>Restore Version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading the history failed: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Restore version %1 of this article?</source>
        <translation>Version %1 dieses Artikels wiederherstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The headline, summary, byline, body and meta titles of version %1 become the current content, saved as a new version. The current text stays in the history, and unsaved changes are saved first.</source>
        <translation>Schlagzeile, Zusammenfassung, Autorenzeile, Text und Meta-Titel von Version %1 werden zum aktuellen Inhalt und als neue Version gespeichert. Der aktuelle Text bleibt im Verlauf erhalten; nicht gespeicherte Änderungen werden vorher gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading version %1 failed: %2</source>
        <translation>Version %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No article is open.</source>
        <translation>Kein Artikel geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This article has not been saved yet, so it has no history.</source>
        <translation>Dieser Artikel wurde noch nicht gespeichert und hat daher keinen Verlauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a version to see what changed since.</source>
        <translation>Wählen Sie eine Version aus, um zu sehen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No unsaved changes: the article is as saved in version %1.</source>
        <translation>Keine ungespeicherten Änderungen: Der Artikel entspricht der gespeicherten Version %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes since version %1:</source>
        <translation>Ungespeicherte Änderungen seit Version %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current article has the same content as version %1 (saved %2).</source>
        <translation>Der aktuelle Artikel hat denselben Inhalt wie Version %1 (gespeichert %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the current article changed since version %1 (saved %2):</source>
        <translation>Was sich im aktuellen Artikel seit Version %1 (gespeichert %2) geändert hat:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <location filename="../app/models/LinkCommand.cpp" line="+12"/>
        <source>Save the article before linking it to another article.</source>
        <translation>Speichern Sie den Artikel, bevor Sie ihn mit einem anderen verknüpfen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link previous article “%1”</source>
        <translation>Vorherigen Artikel „%1“ verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link next article “%1”</source>
        <translation>Nächsten Artikel „%1“ verknüpfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink previous article</source>
        <translation>Verknüpfung zum vorherigen Artikel lösen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlink next article</source>
        <translation>Verknüpfung zum nächsten Artikel lösen</translation>
    </message>
</context>
<context>
    <name>LinksInspector</name>
    <message>
        <location filename="../ui/LinksInspector.ui" line="+8"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>Search headlines to link…</source>
        <translation>Schlagzeilen zum Verknüpfen suchen…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Find the previous article</source>
        <translation>Den vorherigen Artikel suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words of a headline, then choose the article that comes before this one</source>
        <translation>Geben Sie Wörter einer Schlagzeile ein und wählen Sie dann den Artikel, der vor diesem kommt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Previous article</source>
        <translation>Vorheriger Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+1"/>
        <source>Open the previous article</source>
        <translation>Den vorherigen Artikel öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Unlink</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unlink the previous article</source>
        <translation>Verknüpfung zum vorherigen Artikel trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the previous article (both articles are updated)</source>
        <translation>Die Verknüpfung zum vorherigen Artikel entfernen (beide Artikel werden aktualisiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the next article</source>
        <translation>Den nächsten Artikel suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words of a headline, then choose the article that follows this one</source>
        <translation>Geben Sie Wörter einer Schlagzeile ein und wählen Sie dann den Artikel, der auf diesen folgt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next article</source>
        <translation>Nächster Artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Open the next article</source>
        <translation>Den nächsten Artikel öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlink the next article</source>
        <translation>Verknüpfung zum nächsten Artikel trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the next article (both articles are updated)</source>
        <translation>Die Verknüpfung zum nächsten Artikel entfernen (beide Artikel werden aktualisiert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link message</source>
        <translation>Meldung zur Verknüpfung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why the link was refused</source>
        <translation>Warum die Verknüpfung abgelehnt wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/widgets/LinksInspector.cpp" line="+248"/>
        <source>&amp;Series</source>
        <translation>Se&amp;rie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The articles of this series, first to last. Double-click or press Enter to open one.</source>
        <translation>Die Artikel dieser Serie, vom ersten bis zum letzten. Doppelklicken oder Eingabe drücken, um einen zu öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/widgets/LinksInspector.cpp" line="+33"/>
        <source>This article is not part of a series yet. Link a previous or next article to start one.</source>
        <translation>Dieser Artikel gehört noch zu keiner Serie. Verknüpfen Sie einen vorherigen oder nächsten Artikel, um eine zu beginnen.</translation>
    </message>
    <message>
        <location filename="../app/widgets/LinksInspector.cpp" line="-262"/>
        <location line="+157"/>
        <source>Untitled article #%1</source>
        <translation>Artikel ohne Schlagzeile #%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Searching the headlines failed: %1</source>
        <translation>Die Suche in den Schlagzeilen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article %1 (%2), by %3</source>
        <translation>Artikel %1 (%2), Autorenzeile: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no byline</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not unlink.</source>
        <translation>Die Verknüpfung konnte nicht getrennt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was not linked as the previous article.</source>
        <translation>„%1“ wurde nicht als vorheriger Artikel verknüpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was not linked as the next article.</source>
        <translation>„%1“ wurde nicht als nächster Artikel verknüpft.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No previous article</source>
        <translation>Kein vorheriger Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next article</source>
        <translation>Kein nächster Artikel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the article to link it to others.</source>
        <translation>Speichern Sie den Artikel, um ihn mit anderen zu verknüpfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article is open.</source>
        <translation>Kein Artikel geöffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the series failed: %1</source>
        <translation>Die Serie konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&amp;Series (%n articles)</source>
        <translation>
            <numerusform>Se&amp;rie (%n Artikel)</numerusform>
            <numerusform>Se&amp;rie (%n Artikel)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Untitled article</source>
        <translation>Artikel ohne Schlagzeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▶ %1. %2</source>
        <translation>▶ %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2 (this article)</source>
        <translation>%1. %2 (dieser Artikel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article %1: double-click to open it</source>
        <translation>Artikel %1: zum Öffnen doppelklicken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+54"/>
        <source>Search headlines, summaries, paragraphs and meta titles</source>
        <translation>Schlagzeilen, Zusammenfassungen, Absätze und Meta-Titel durchsuchen</translation>
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
        <location line="+42"/>
        <location line="+36"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Reader Preview</source>
        <translation>&amp;Leseransicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Zuletzt geöffnete Datenbanken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Article</source>
        <translation>Ar&amp;tikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New &amp;Article</source>
        <translation>Neuer &amp;Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new article in this database</source>
        <translation>Einen neuen Artikel in dieser Datenbank beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import plain-text or ninjs articles</source>
        <translation>Artikel als Klartext oder ninjs importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the selected articles as ninjs files</source>
        <translation>Die ausgewählten Artikel als ninjs-Dateien exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Now</source>
        <translation>Jetzt &amp;speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the article now (it is also saved automatically)</source>
        <translation>Den Artikel jetzt speichern (er wird auch automatisch gespeichert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete Article…</source>
        <translation>Artikel &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the open article</source>
        <translation>Den geöffneten Artikel löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Im Artikel suchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find text in the article body</source>
        <translation>Text im Artikeltext suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search Articles</source>
        <translation>In allen Artikeln &amp;suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search all articles by their words</source>
        <translation>Alle Artikel nach Wörtern durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source &amp;Registry…</source>
        <translation>Quellen&amp;verzeichnis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename, merge and edit the shared sources</source>
        <translation>Gemeinsame Quellen umbenennen, zusammenführen und bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../app/widgets/MainWindow.cpp" line="+59"/>
        <source>Copydesk databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Copydesk-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+337"/>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not list the articles: %1</source>
        <translation>Die Artikel konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+123"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Your changes to this article could not be saved, so Copydesk stays open to keep them.

%1

Fix the problem (for example free disk space or make the database writable) and close again, or copy your text elsewhere.</source>
        <translation>Ihre Änderungen an diesem Artikel konnten nicht gespeichert werden; Copydesk bleibt deshalb geöffnet, damit sie erhalten bleiben.

%1

Beheben Sie das Problem (etwa Speicherplatz freigeben oder die Datenbank beschreibbar machen) und schließen Sie erneut, oder kopieren Sie Ihren Text an einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The open article could not be saved: %1</source>
        <translation>Der geöffnete Artikel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The article you are editing could not be saved, so it stays open.

%1</source>
        <translation>Der Artikel, den Sie bearbeiten, konnte nicht gespeichert werden und bleibt deshalb geöffnet.

%1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Loaded version %1 from the database.</source>
        <translation>Version %1 aus der Datenbank geladen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your version was saved as a new article (id %1).</source>
        <translation>Ihre Version wurde als neuer Artikel gespeichert (ID %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 was saved elsewhere; your edits are not saved yet.</source>
        <translation>Version %1 wurde an anderer Stelle gespeichert; Ihre Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New Article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not create the article.

%1</source>
        <translation>Der Artikel konnte nicht angelegt werden.

%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no headline)</source>
        <translation>(keine Schlagzeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Delete Article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete “%1” and its whole history? Its previous and next articles are unlinked from it. This cannot be undone.</source>
        <translation>„%1“ samt seinem gesamten Verlauf löschen? Die Verknüpfungen zum vorherigen und nächsten Artikel werden gelöst. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not delete the article.

%1</source>
        <translation>Der Artikel konnte nicht gelöscht werden.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Articles (*.txt *.json);;Plain-text articles (*.txt);;ninjs (*.json);;All files (*)</source>
        <translation>Artikel (*.txt *.json);;Klartext-Artikel (*.txt);;ninjs (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Nothing was imported:

%1</source>
        <translation>Es wurde nichts importiert:

%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export as ninjs</source>
        <translation>Als ninjs exportieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not in this article.</source>
        <translation>„%1“ kommt in diesem Artikel nicht vor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore Version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore version %1.

%2</source>
        <translation>Version %1 konnte nicht wiederhergestellt werden.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored version %1 as version %2.</source>
        <translation>Version %1 als Version %2 wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No paragraphs</source>
        <translation>Keine Absätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributed %1%</source>
        <translation>Mit Quelle: %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n paragraph(s) cite a source</source>
        <translation>
            <numerusform>Quellenangabe in %1 von %n Absatz</numerusform>
            <numerusform>Quellenangabe in %1 von %n Absätzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="-579"/>
        <source>No articles match the search.</source>
        <translation>Keine Artikel entsprechen der Suche.</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Attributions</source>
        <translation>Quellenangaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta Titles</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen:</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+1"/>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>This database has no articles yet.</source>
        <translation>Diese Datenbank enthält noch keine Artikel.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not load the article: %1</source>
        <translation>Der Artikel konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+395"/>
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
        <location line="+117"/>
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
    <name>MetaTitleInspector</name>
    <message>
        <location filename="../ui/MetaTitleInspector.ui" line="+14"/>
        <location line="+3"/>
        <source>Meta titles</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove variant</source>
        <translation>Variante entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move variant up</source>
        <translation>Variante nach oben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move variant down</source>
        <translation>Variante nach unten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose variant</source>
        <translation>Variante wählen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meta title variants</source>
        <translation>Meta-Titel-Varianten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per variant: chosen, title, characters, width in pixels, notes</source>
        <translation>Eine Zeile pro Variante: ausgewählt, Titel, Zeichen, Breite in Pixeln, Notizen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Meta title hint</source>
        <translation>Hinweis zum Meta-Titel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search result preview</source>
        <translation>Vorschau im Suchergebnis</translation>
    </message>
    <message>
        <location filename="../app/widgets/MetaTitleInspector.cpp" line="+38"/>
        <source>&amp;Add Variant</source>
        <translation>Meta-Titel-&amp;Variante hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a meta-title variant</source>
        <translation>Eine Meta-Titel-Variante hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Variant</source>
        <translation>Variante &amp;entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected variant</source>
        <translation>Die ausgewählte Variante entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected variant up</source>
        <translation>Die ausgewählte Variante nach oben verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected variant down</source>
        <translation>Die ausgewählte Variante nach unten verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose Variant</source>
        <translation>Variante &amp;wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected variant as the title in search results</source>
        <translation>Die ausgewählte Variante als Titel in Suchergebnissen verwenden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>No meta-title variants yet: search results show the headline.</source>
        <translation>Noch keine Meta-Titel-Varianten: Suchergebnisse zeigen die Schlagzeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No variant is chosen: search results show the headline.</source>
        <translation>Keine Variante ausgewählt: Suchergebnisse zeigen die Schlagzeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variants %1 and %2 are the same title apart from case and punctuation.</source>
        <translation>Die Varianten %1 und %2 sind bis auf Groß-/Kleinschreibung und Satzzeichen gleich.</translation>
    </message>
</context>
<context>
    <name>MetaTitleModel</name>
    <message>
        <location filename="../app/models/MetaTitleModel.cpp" line="+120"/>
        <source>Add meta title</source>
        <translation>Meta-Titel hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove meta title</source>
        <translation>Meta-Titel entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+42"/>
        <source>Move meta title</source>
        <translation>Meta-Titel verschieben</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose meta title</source>
        <translation>Meta-Titel wählen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Move meta titles</source>
        <translation>Meta-Titel verschieben</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%L1 px</source>
        <translation>%L1 px</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The chosen variant: the page&apos;s title in search results</source>
        <translation>Die ausgewählte Variante: der Titel der Seite in Suchergebnissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this variant as the page&apos;s title in search results</source>
        <translation>Diese Variante als Titel der Seite in Suchergebnissen wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+58"/>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fits in search results</source>
        <translation>Passt in die Suchergebnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close to the %1 px cut of search results</source>
        <translation>Nahe an der Kürzung bei %1 px in Suchergebnissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wider than %1 px: search results cut this title</source>
        <translation>Breiter als %1 px: Suchergebnisse kürzen diesen Titel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit meta title</source>
        <translation>Meta-Titel bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit meta title notes</source>
        <translation>Notizen zum Meta-Titel bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chars</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The variant used as the title in search results (exactly one)</source>
        <translation>Die Variante, die als Titel in Suchergebnissen dient (genau eine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of characters</source>
        <translation>Anzahl der Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width at Arial 20 px; search engines cut titles near %1 px</source>
        <translation>Breite in Arial 20 px; Suchmaschinen kürzen Titel bei etwa %1 px</translation>
    </message>
</context>
<context>
    <name>NinjsCodec</name>
    <message>
        <location filename="../app/core/NinjsCodec.cpp" line="+348"/>
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
        <location line="+496"/>
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
        <translation>eine zweite Hauptschlagzeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the main headline is empty</source>
        <translation>die Hauptschlagzeile ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no main headline (role &quot;main&quot;)</source>
        <translation>keine Hauptschlagzeile (role „main“)</translation>
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
        <translation>keine Schlagzeile: Der erste Absatz muss die Schlagzeile sein, nicht das Feld %1</translation>
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Autosave after typing stops:</source>
        <translation>&amp;Automatisch speichern nach Tipppause:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave delay in seconds</source>
        <translation>Verzögerung des automatischen Speicherns in Sekunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article &amp;URL base:</source>
        <translation>&amp;URL-Basis der Artikel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://news.example.com/</source>
        <translation>https://news.example.com/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL of published articles</source>
        <translation>Basis-URL veröffentlichter Artikel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new interface language takes effect the next time Copydesk starts.</source>
        <translation>Eine neue Sprache der Oberfläche gilt ab dem nächsten Start von Copydesk.</translation>
    </message>
    <message>
        <location filename="../app/widgets/PreferencesDialog.cpp" line="+16"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The article URL base must be an http or https address, such as https://news.example.com/.</source>
        <translation>Die URL-Basis der Artikel muss eine http- oder https-Adresse sein, etwa https://news.example.com/.</translation>
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
    <name>RevisionListModel</name>
    <message>
        <location filename="../app/models/RevisionListModel.cpp" line="+75"/>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled</source>
        <translation>Ohne Schlagzeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1, the article as it is stored now</source>
        <translation>Version %1, der Artikel, wie er jetzt gespeichert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1, saved %2</source>
        <translation>Version %1, gespeichert %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
</context>
<context>
    <name>SearchPreview</name>
    <message>
        <location filename="../app/widgets/SearchPreview.cpp" line="+63"/>
        <source>Search result preview</source>
        <translation>Vorschau im Suchergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the article may appear in search results</source>
        <translation>Wie der Artikel in Suchergebnissen erscheinen kann</translation>
    </message>
    <message>
        <location line="+163"/>
        <location line="+29"/>
        <source>No article is open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Address: %1. Title: %2. Description: %3</source>
        <translation>Adresse: %1. Titel: %2. Beschreibung: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none, the article has no summary</source>
        <translation>keine, der Artikel hat keine Zusammenfassung</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Untitled article</source>
        <translation>Artikel ohne Schlagzeile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No summary: search engines will quote text from the page instead.</source>
        <translation>Keine Zusammenfassung: Suchmaschinen zitieren stattdessen Text von der Seite.</translation>
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
    <name>SourceKindDelegate</name>
    <message>
        <location filename="../app/widgets/SourceKindDelegate.cpp" line="+13"/>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
</context>
<context>
    <name>SourceRegistryModel</name>
    <message numerus="yes">
        <location filename="../app/models/SourceRegistryModel.cpp" line="+96"/>
        <source>Cited by %n paragraph(s)</source>
        <translation>
            <numerusform>In %n Absatz zitiert</numerusform>
            <numerusform>In %n Absätzen zitiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cited by</source>
        <translation>Zitiert in</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a kind of source.</source>
        <translation>„%1“ ist keine Art von Quelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a web address; it must start with http:// or https://.</source>
        <translation>„%1“ ist keine Webadresse; sie muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../ui/SourcesDialog.ui" line="+14"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source registry is shared by every article. Double-click a name, kind or website to change it; merge duplicates into one source.</source>
        <translation>Das Quellenverzeichnis gilt für alle Artikel. Doppelklicken Sie auf einen Namen, eine Art oder eine Website, um sie zu ändern; führen Sie Dubletten zu einer Quelle zusammen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name, kind or website</source>
        <translation>Name, Art oder Website</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter sources</source>
        <translation>Quellen filtern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source registry</source>
        <translation>Quellenverzeichnis</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge the selected sources into one of them; paragraphs citing the others cite it instead</source>
        <translation>Die ausgewählten Quellen zu einer von ihnen zusammenführen; Absätze, die die anderen zitieren, zitieren dann diese</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge the selected sources</source>
        <translation>Die ausgewählten Quellen zusammenführen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected sources; only sources no paragraph cites can be deleted</source>
        <translation>Die ausgewählten Quellen löschen; nur Quellen, die kein Absatz zitiert, können gelöscht werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected sources</source>
        <translation>Die ausgewählten Quellen löschen</translation>
    </message>
    <message>
        <location filename="../app/widgets/SourcesDialog.cpp" line="+52"/>
        <source>The source registry could not be read: %1</source>
        <translation>Das Quellenverzeichnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%1 (cited by %n paragraph(s))</source>
        <translation>
            <numerusform>%1 (in %n Absatz zitiert)</numerusform>
            <numerusform>%1 (in %n Absätzen zitiert)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge Sources</source>
        <translation>Quellen zusammenführen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep which source? The other %n source(s) are deleted and every paragraph that cites them cites the kept one instead. This cannot be undone.</source>
        <translation>
            <numerusform>Welche Quelle soll bleiben? Die %n andere Quelle wird gelöscht, und jeder Absatz, der sie zitiert, zitiert stattdessen die behaltene. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Welche Quelle soll bleiben? Die %n anderen Quellen werden gelöscht, und jeder Absatz, der sie zitiert, zitiert stattdessen die behaltene. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sources could not be merged: %1</source>
        <translation>Die Quellen konnten nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
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
        <location line="+30"/>
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
    <name>TextDiff</name>
    <message>
        <location filename="../app/core/TextDiff.cpp" line="+302"/>
        <source>%1 (chosen)</source>
        <translation>%1 (ausgewählt)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Paragraph %1 (moved from %2)</source>
        <translation>Absatz %1 (verschoben von %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Sources of paragraph %1</source>
        <translation>Quellen von Absatz %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Removed paragraph (was %1)</source>
        <translation>Entfernter Absatz (war %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New paragraph %1</source>
        <translation>Neuer Absatz %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Meta titles</source>
        <translation>Meta-Titel</translation>
    </message>
</context>
<context>
    <name>TitleWidthDelegate</name>
    <message>
        <location filename="../app/widgets/TitleWidthDelegate.cpp" line="+24"/>
        <source>%L1 px</source>
        <translation>%L1 px</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>fits in search results</source>
        <translation>passt in die Suchergebnisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close to the cut (above %1 px)</source>
        <translation>nahe an der Kürzung (über %1 px)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search results cut it (above %1 px)</source>
        <translation>Suchergebnisse kürzen ihn (über %1 px)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 wide at Arial 20 px, %2.</source>
        <translation>%1 breit in Arial 20 px, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search engines cut titles near %1 px at Arial 20 px; the bar turns amber above %2 px and red above %1 px.</source>
        <translation>Suchmaschinen kürzen Titel in Arial 20 px bei etwa %1 px; der Balken wird über %2 px gelb und über %1 px rot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured with the installed Liberation Sans 20 px: %L1 px</source>
        <translation>Gemessen mit der installierten Liberation Sans 20 px: %L1 px</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+84"/>
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
