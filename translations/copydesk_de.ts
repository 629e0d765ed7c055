<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnonymousSourceRule</name>
    <message>
        <location filename="../app/core/review/AnonymousSourceRule.cpp" line="+30"/>
        <source>Paragraph %1 cites the anonymous source “%2”, approved by %3: “%4”.</source>
        <translation>Absatz %1 zitiert die anonyme Quelle „%2“, genehmigt von %3: „%4“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paragraph %1 cites the anonymous source “%2”; record why it is anonymous and who approved that.</source>
        <translation>Absatz %1 zitiert die anonyme Quelle „%2“; halten Sie fest, warum sie anonym ist und wer das genehmigt hat.</translation>
    </message>
</context>
<context>
    <name>ArticleAttributionModel</name>
    <message>
        <location filename="../app/models/ArticleAttributionModel.cpp" line="+30"/>
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
        <location filename="../app/models/ArticleDocument.cpp" line="+426"/>
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
        <location line="+10"/>
        <source>Spell checking notice</source>
        <translation>Hinweis zur Rechtschreibprüfung</translation>
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
    <message>
        <location filename="../app/widgets/ArticleEditor.cpp" line="+115"/>
        <source>Check &amp;Spelling…</source>
        <translation>&amp;Rechtschreibung prüfen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go through the misspelled words of the article one by one</source>
        <translation>Die falsch geschriebenen Wörter des Artikels nacheinander durchgehen</translation>
    </message>
    <message numerus="yes">
        <location line="+141"/>
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
    <message>
        <location line="+154"/>
        <source>Spelling not checked</source>
        <translation>Rechtschreibung nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spelling errors</source>
        <translation>Keine Rechtschreibfehler</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n spelling error(s)</source>
        <translation>
            <numerusform>%n Rechtschreibfehler</numerusform>
            <numerusform>%n Rechtschreibfehler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Misspelled words in the headline, summary, byline, meta titles and body. Press F7 to go through them.</source>
        <translation>Falsch geschriebene Wörter in Schlagzeile, Zusammenfassung, Autorenzeile, Meta-Titeln und Text. Mit F7 gehen Sie sie durch.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Editing works as usual, without spell checking.</source>
        <translation>%1 Die Bearbeitung funktioniert wie gewohnt, nur ohne Rechtschreibprüfung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Spelling is checked without your personal dictionary, and the file is left as it is.</source>
        <translation>%1 Die Rechtschreibung wird ohne Ihr persönliches Wörterbuch geprüft, und die Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../app/models/ArticleListModel.cpp" line="+188"/>
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
    <name>ArticleLocks</name>
    <message>
        <location filename="../app/storage/ArticleLocks.cpp" line="+82"/>
        <source>reading the lock of article %1</source>
        <translation>Lesen der Sperre von Artikel %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+19"/>
        <source>locking article %1</source>
        <translation>Sperren von Artikel %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>taking over the lock of article %1</source>
        <translation>Übernehmen der Sperre von Artikel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lock of article %1 changed hands meanwhile; try again.</source>
        <translation>Die Sperre von Artikel %1 hat inzwischen den Besitzer gewechselt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The unsaved edits %1 left with the lock of article %2 cannot be read.</source>
        <translation>Die ungespeicherten Änderungen, die %1 mit der Sperre von Artikel %2 hinterlassen hat, können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the unsaved edits of %1 first failed: %2</source>
        <translation>Das vorherige Speichern der ungespeicherten Änderungen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>keeping the lock of article %1</source>
        <translation>Halten der Sperre von Artikel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You no longer hold the lock of article %1: it was taken over, or it expired and someone else opened the article.</source>
        <translation>Sie halten die Sperre von Artikel %1 nicht mehr: Sie wurde übernommen, oder sie ist abgelaufen und jemand anderes hat den Artikel geöffnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unlocking article %1</source>
        <translation>Entsperren von Artikel %1</translation>
    </message>
</context>
<context>
    <name>ArticleMisspellings</name>
    <message>
        <location filename="../app/widgets/ArticleMisspellings.cpp" line="+31"/>
        <source>Correct “%1” to “%2”</source>
        <translation>„%1“ in „%2“ korrigieren</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta title %1</source>
        <translation>Meta-Titel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Correct “%1” to “%2” (%n times)</source>
        <translation>
            <numerusform>„%1“ in „%2“ korrigieren (%n-mal)</numerusform>
            <numerusform>„%1“ in „%2“ korrigieren (%n-mal)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleSpelling</name>
    <message>
        <location filename="../app/widgets/ArticleSpelling.cpp" line="+112"/>
        <source>The article has no language, so its spelling is not checked. Set its language (for example en-US) to check it.</source>
        <translation>Der Artikel hat keine Sprache, daher wird seine Rechtschreibung nicht geprüft. Legen Sie seine Sprache fest (zum Beispiel de-DE), um ihn zu prüfen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” cannot be ignored: no stored article is open.</source>
        <translation>„%1“ kann nicht ignoriert werden: Es ist kein gespeicherter Artikel geöffnet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be added to the newsroom dictionary: no database is open.</source>
        <translation>„%1“ kann nicht zum Redaktionswörterbuch hinzugefügt werden: Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be removed from the newsroom dictionary: no database is open.</source>
        <translation>„%1“ kann nicht aus dem Redaktionswörterbuch entfernt werden: Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not in your personal dictionary.</source>
        <translation>„%1“ steht nicht in Ihrem persönlichen Wörterbuch.</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <location filename="../app/core/Article.cpp" line="+91"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
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
        <location line="+2"/>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
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
        <location filename="../app/storage/ArticleStore.cpp" line="+448"/>
        <source>The article has not been stored yet.</source>
        <translation>Der Artikel wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article %1 was changed by someone else: you edited version %2, the database has version %3. Nothing was saved.</source>
        <translation>Artikel %1 wurde von jemand anderem geändert: Sie haben Version %2 bearbeitet, die Datenbank hat Version %3. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>storing article “%1”</source>
        <translation>Speichern des Artikels „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An article with the uri %1 or uuid %2 already exists.</source>
        <translation>Ein Artikel mit der URI %1 oder der UUID %2 existiert bereits.</translation>
    </message>
    <message>
        <location line="-265"/>
        <location line="+279"/>
        <source>saving article %1</source>
        <translation>Speichern von Artikel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <location line="+246"/>
        <source>Article %1 was changed by someone else while saving; nothing was saved.</source>
        <translation>Artikel %1 wurde während des Speicherns von jemand anderem geändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>removing a paragraph</source>
        <translation>Entfernen eines Absatzes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>storing paragraph %1</source>
        <translation>Speichern von Absatz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 has the uuid %2 that another paragraph already uses.</source>
        <translation>Absatz %1 hat die UUID %2, die bereits ein anderer Absatz verwendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saving paragraph %1</source>
        <translation>Speichern von Absatz %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>saving attributions</source>
        <translation>Speichern der Quellenangaben</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+26"/>
        <location line="+17"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>updating the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+17"/>
        <source>The search text of article %1 is missing.</source>
        <translation>Der Suchtext von Artikel %1 fehlt.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>recording revision %1</source>
        <translation>Aufzeichnen von Revision %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An attribution in “%1” has no source name.</source>
        <translation>Eine Quellenangabe in „%1“ hat keinen Quellennamen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>deleting article %1</source>
        <translation>Löschen von Artikel %1</translation>
    </message>
    <message>
        <location line="-613"/>
        <location line="+616"/>
        <location line="+25"/>
        <location line="+31"/>
        <location line="+441"/>
        <location line="+64"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <location line="-1101"/>
        <source>The approved text was edited.</source>
        <translation>Der freigegebene Text wurde bearbeitet.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 is an editor: only a reviewer or a chief can verify or dispute a source (“%2” in paragraph %3). Nothing was saved.</source>
        <translation>%1 ist Redakteur: Nur Prüfer oder Chefredakteure können eine Quelle bestätigen oder bestreiten („%2“ in Absatz %3). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+591"/>
        <source>loading article %1</source>
        <translation>Laden von Artikel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading articles</source>
        <translation>Laden der Artikel</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>loading paragraphs</source>
        <translation>Laden der Absätze</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>loading sources</source>
        <translation>Laden der Quellen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>loading attributions</source>
        <translation>Laden der Quellenangaben</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>loading meta titles</source>
        <translation>Laden der Meta-Titel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>loading linked articles</source>
        <translation>Laden der verknüpften Artikel</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>looking up article %1</source>
        <translation>Suchen von Artikel %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no article “%1” (expected an id, a uuid or a uri).</source>
        <translation>Es gibt keinen Artikel „%1“ (erwartet: eine ID, eine UUID oder eine URI).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>listing articles</source>
        <translation>Auflisten der Artikel</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+18"/>
        <location line="+22"/>
        <source>searching articles</source>
        <translation>Durchsuchen der Artikel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading article %1</source>
        <translation>Lesen von Artikel %1</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <location line="+18"/>
        <source>checking the series for a loop</source>
        <translation>Prüfen der Serie auf einen Kreis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linking article %1 before article %2 would make the series loop: %2 already leads to %1.</source>
        <translation>Artikel %1 vor Artikel %2 zu verknüpfen, würde die Serie zu einem Kreis schließen: %2 führt bereits zu %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>reading the series of article %1</source>
        <translation>Lesen der Serie von Artikel %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reading the history of article %1</source>
        <translation>Lesen des Verlaufs von Artikel %1</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+72"/>
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
        <location line="-1359"/>
        <location line="+1402"/>
        <source>reading the source registry</source>
        <translation>Lesen des Quellenverzeichnisses</translation>
    </message>
    <message>
        <location line="-1373"/>
        <location line="+1390"/>
        <location line="+125"/>
        <source>looking up source %1</source>
        <translation>Suchen der Quelle %1</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+7"/>
        <source>optimizing the search index</source>
        <translation>Optimieren des Suchindex</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+33"/>
        <location line="+20"/>
        <location line="+18"/>
        <source>There is no source %1.</source>
        <translation>Es gibt keine Quelle %1.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>counting citations</source>
        <translation>Zählen der Zitierungen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>merging sources</source>
        <translation>Zusammenführen der Quellen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
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
        <location line="+12"/>
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
        <location line="+16"/>
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
        <location line="+18"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="+173"/>
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
    <name>AttributionBoilerplateRule</name>
    <message>
        <location filename="../app/core/review/AttributionBoilerplateRule.cpp" line="+101"/>
        <source>Paragraph %1 has its attribution typed into the text (“%2”); attach the source to the paragraph instead.</source>
        <translation>In Absatz %1 steht die Quellenangabe im Text („%2“); ordnen Sie die Quelle stattdessen dem Absatz zu.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Paragraph %1 ends with “%2”, like %3 of the %4 paragraphs; attach the source to each paragraph instead of repeating a credit line.</source>
        <translation>Absatz %1 endet mit „%2“, wie %3 der %4 Absätze; ordnen Sie die Quelle jedem Absatz zu, statt eine Quellenzeile zu wiederholen.</translation>
    </message>
</context>
<context>
    <name>AttributionDisputedRule</name>
    <message>
        <location filename="../app/core/review/AttributionDisputedRule.cpp" line="+28"/>
        <source>The attribution of paragraph %1 to “%2” is disputed by %3: “%4”.</source>
        <translation>Die Quellenangabe „%2“ in Absatz %1 wird von %3 bestritten: „%4“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attribution of paragraph %1 to “%2” is disputed by %3.</source>
        <translation>Die Quellenangabe „%2“ in Absatz %1 wird von %3 bestritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attribution of paragraph %1 to “%2” is disputed: “%3”.</source>
        <translation>Die Quellenangabe „%2“ in Absatz %1 ist umstritten: „%3“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attribution of paragraph %1 to “%2” is disputed.</source>
        <translation>Die Quellenangabe „%2“ in Absatz %1 ist umstritten.</translation>
    </message>
</context>
<context>
    <name>AttributionGutter</name>
    <message>
        <location filename="../app/widgets/AttributionGutter.cpp" line="+55"/>
        <source>Paragraph sources</source>
        <translation>Quellen der Absätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One chip per source of each paragraph; a red bar marks a paragraph without a source. Ctrl+Shift+A attaches a source.</source>
        <translation>Eine Marke pro Quelle jedes Absatzes; ein roter Balken kennzeichnet einen Absatz ohne Quelle. Strg+Umschalt+A ordnet eine Quelle zu.</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Marked as needing no attribution: %1</source>
        <translation>Als ohne Quellenangabe zulässig markiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>AttributionMissingRule</name>
    <message>
        <location filename="../app/core/review/AttributionMissingRule.cpp" line="+27"/>
        <source>Paragraph %1 is marked as needing no attribution: “%2”.</source>
        <translation>Absatz %1 ist als ohne Quellenangabe zulässig markiert: „%2“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraph %1 has no source attribution, and its “no attribution needed” mark gives no reason: “%2”.</source>
        <translation>Absatz %1 hat keine Quellenangabe, und seine Markierung „keine Quellenangabe nötig“ nennt keinen Grund: „%2“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paragraph %1 has no source attribution: “%2”.</source>
        <translation>Absatz %1 hat keine Quellenangabe: „%2“.</translation>
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
    <name>AttributionUnverifiedRule</name>
    <message>
        <location filename="../app/core/review/AttributionUnverifiedRule.cpp" line="+26"/>
        <source>No reviewer has verified the attribution of paragraph %1 to “%2”.</source>
        <translation>Niemand hat die Quellenangabe „%2“ in Absatz %1 bestätigt.</translation>
    </message>
</context>
<context>
    <name>AttributionVerbRule</name>
    <message>
        <location filename="../app/core/review/AttributionVerbRule.cpp" line="+63"/>
        <source>“%1” in %2 is a loaded attribution verb; consider “%3”.</source>
        <translation>„%1“ (%2) ist ein wertendes Redeverb; erwägen Sie „%3“.</translation>
    </message>
</context>
<context>
    <name>AttributionsInspector</name>
    <message>
        <location filename="../ui/AttributionsInspector.ui" line="+9"/>
        <location filename="../app/widgets/AttributionsInspector.cpp" line="+77"/>
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
    <name>AuditLog</name>
    <message>
        <location filename="../app/storage/AuditLog.cpp" line="+59"/>
        <location filename="../app/widgets/HistoryInspector.cpp" line="+130"/>
        <source>paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a paragraph no longer in the article</source>
        <translation>Absatz nicht mehr im Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, over blocking findings: %1</source>
        <translation>, trotz blockierender Befunde: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/widgets/HistoryInspector.cpp" line="-1"/>
        <source>Verified “%1” in %2</source>
        <translation>Quelle „%1“ bestätigt (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed “%1” in %2</source>
        <translation>Quelle „%1“ bestritten (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked %1 as needing no attribution</source>
        <translation>Markierung „keine Quellenangabe nötig“ gesetzt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the no-attribution mark off %1</source>
        <translation>Markierung „keine Quellenangabe nötig“ entfernt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved the anonymous source “%1” in %2</source>
        <translation>Anonyme Quelle „%1“ genehmigt (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>recording the audit trail of article %1</source>
        <translation>Schreiben des Prüfprotokolls von Artikel %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the audit trail of article %1</source>
        <translation>Lesen des Prüfprotokolls von Artikel %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <location filename="../app/models/AuditTrailModel.cpp" line="+92"/>
        <source>%1, %2 (%3), version %4:
%5</source>
        <translation>%1, %2 (%3), Version %4:
%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>BatchFileWriter</name>
    <message>
        <location filename="../app/storage/BatchFileWriter.cpp" line="+53"/>
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
    <name>BatchProgress</name>
    <message>
        <location filename="../app/widgets/BatchProgress.cpp" line="+13"/>
        <source>%1 a second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
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
        <location filename="../app/bench/BenchRunner.cpp" line="+370"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CPU time %1 µs per article (%2 /s of CPU)</source>
        <translation>CPU-Zeit %1 µs pro Artikel (%2 /s CPU-Zeit)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+557"/>
        <source>sqlite3 comparison failed: %1</source>
        <translation>sqlite3-Vergleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+531"/>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="-554"/>
        <source>Total run time of the benchmark: %1 s; 1-minute load average %2 at the start, %3 at the end (on %4 cores).</source>
        <translation>Gesamtlaufzeit des Benchmarks: %1 s; 1-Minuten-Lastmittel %2 zu Beginn, %3 am Ende (auf %4 Kernen).</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Environment: %1 articles, SQLite library %2, sqlite3 shell %3, Qt %4, %5 × %6, %7; database file %8 MB.</source>
        <translation>Umgebung: %1 Artikel, SQLite-Bibliothek %2, sqlite3-Shell %3, Qt %4, %5 × %6, %7; Datenbankdatei %8 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
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
        <location line="+221"/>
        <source>creating %1</source>
        <translation>Anlegen von %1</translation>
    </message>
    <message>
        <location line="-213"/>
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
        <location line="+208"/>
        <source>sqlite3: the same rows as plain INSERTs with ids chosen up front, one transaction per %1 articles</source>
        <translation>sqlite3: dieselben Zeilen als einfache INSERTs mit vorab gewählten IDs, eine Transaktion pro %1 Artikel</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>link(prev, next) during import (every 10th article)</source>
        <translation>link(prev, next) während des Imports (jeder 10. Artikel)</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>create()</source>
        <translation>create()</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>first tenth %1 /s, last tenth %2 /s; %3 ms per call of %4; %5</source>
        <translation>erstes Zehntel %1 /s, letztes Zehntel %2 /s; %3 ms pro Aufruf mit %4; %5</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>postgres: skipped (no --postgres URL of an empty database).</source>
        <translation>postgres: übersprungen (keine --postgres-URL einer leeren Datenbank).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Environment: Qt %1, %2 × %3, %4.</source>
        <translation>Umgebung: Qt %1, %2 × %3, %4.</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>importArticles()</source>
        <translation>importArticles()</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location line="+15"/>
        <source>SQLite C API, first %1 articles (prepared statements, no Qt)</source>
        <translation>SQLite-C-API, erste %1 Artikel (vorbereitete Anweisungen, ohne Qt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>best of %1 rounds; %2; the floor: what SQLite itself does with the same rows and schema, without Qt or Copydesk (one prepared statement per table, values bound, one transaction per %3 articles, Copydesk&apos;s PRAGMAs)</source>
        <translation>beste von %1 Runden; %2; die Untergrenze: was SQLite selbst mit denselben Zeilen und demselben Schema leistet, ohne Qt oder Copydesk (eine vorbereitete Anweisung je Tabelle, gebundene Werte, eine Transaktion je %3 Artikel, die PRAGMAs von Copydesk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1x the time per article of SQLite&apos;s C API (the floor)</source>
        <translation>das %1-Fache der Zeit je Artikel der SQLite-C-API (der Untergrenze)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite C API comparison failed: %1</source>
        <translation>Vergleich mit der SQLite-C-API fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+60"/>
        <source>save one edited paragraph, after optimizeSearchIndex()</source>
        <translation>einen bearbeiteten Absatz speichern, nach optimizeSearchIndex()</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>save one edited paragraph (save()), right after the import</source>
        <translation>einen bearbeiteten Absatz speichern (save()), direkt nach dem Import</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the %1 encoder returned nothing for article %2</source>
        <translation>der %1-Encoder hat für Artikel %2 nichts geliefert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export: %1 articles in memory, three formats…</source>
        <translation>Export: %1 Artikel im Speicher, drei Formate…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>export %1, %2 articles (load + encode)</source>
        <translation>%1-Export, %2 Artikel (Laden + Kodieren)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per article: loadMany %1 µs + encoding %2 µs; %3 KB on average; one read transaction around all of them, as copydesk-cli does</source>
        <translation>pro Artikel: loadMany %1 µs + Kodieren %2 µs; im Mittel %3 KB; eine Lesetransaktion um alle, wie bei copydesk-cli</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>export: %1 files of %2 bytes with plain POSIX calls, for reference…</source>
        <translation>Export: %1 Dateien zu %2 Byte mit einfachen POSIX-Aufrufen, zum Vergleich…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reference: %1 files of %2 bytes (the average over the formats) written in a fresh folder as BatchFileWriter does, with plain POSIX calls and no Qt: open(O_CREAT|O_EXCL)/write/close under temporary names, one syncfs(), the renames, one fsync() of the folder; ratio = Copydesk&apos;s time per article / that time per file</source>
        <translation>Vergleich: %1 Dateien zu %2 Byte (der Durchschnitt über die Formate), in einen neuen Ordner geschrieben wie von BatchFileWriter, mit einfachen POSIX-Aufrufen ohne Qt: open(O_CREAT|O_EXCL)/write/close unter temporären Namen, ein syncfs(), die Umbenennungen, ein fsync() des Ordners; Verhältnis = Zeit von Copydesk je Artikel / diese Zeit je Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file system reference failed: %1</source>
        <translation>Vergleich mit dem Dateisystem fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export %1: %2 articles to files…</source>
        <translation>%1-Export: %2 Artikel in Dateien…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>export wrote %1 files for %2 articles</source>
        <translation>der Export hat %1 Dateien für %2 Artikel geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export %1, %2 articles to files (FolderExport)</source>
        <translation>%1-Export, %2 Artikel in Dateien (FolderExport)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as copydesk-cli export --all: loadMany() a chunk at a time while a worker thread encodes and writes the previous chunk, then one sync to disk and the renames</source>
        <translation>wie copydesk-cli export --all: loadMany() blockweise, während ein Arbeitsthread den vorherigen Block kodiert und schreibt, dann eine Synchronisierung mit dem Datenträger und die Umbenennungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>POSIX open/write/close, syncfs, rename</source>
        <translation>POSIX open/write/close, syncfs, rename</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>check: %1…</source>
        <translation>check: %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check with spelling skipped: %1</source>
        <translation>check mit Rechtschreibprüfung übersprungen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 findings, %2 of the articles may not be approved yet</source>
        <translation>%1 Befunde, %2 der Artikel dürfen noch nicht freigegeben werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check --all --no-spelling, %1 articles (LibraryReview)</source>
        <translation>check --all --no-spelling, %1 Artikel (LibraryReview)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check --all --no-suggestions, %1 articles</source>
        <translation>check --all --no-suggestions, %1 Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check with spelling and suggestions, the first %1 articles</source>
        <translation>check mit Rechtschreibprüfung und Vorschlägen, die ersten %1 Artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check: copydesk-cli check --all --json…</source>
        <translation>check: copydesk-cli check --all --json…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>copydesk-cli check --all failed: %1 %2</source>
        <translation>copydesk-cli check --all fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copydesk-cli check --all --no-spelling --json, %1 articles</source>
        <translation>copydesk-cli check --all --no-spelling --json, %1 Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole process: opening the database, listing the ids, the review and writing the JSON (to /dev/null)</source>
        <translation>der ganze Prozess: Öffnen der Datenbank, Auflisten der IDs, die Prüfung und das Schreiben des JSON (nach /dev/null)</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>load: 1,000 random articles…</source>
        <translation>load: 1.000 zufällige Artikel…</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Writing the first %1 articles with importArticles(), create(), the sqlite3 shell and SQLite&apos;s C API, %2 interleaved rounds…</source>
        <translation>Die ersten %1 Artikel werden mit importArticles(), create(), der sqlite3-Shell und der SQLite-C-API geschrieben, %2 abwechselnde Runden…</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>load</source>
        <translation>load</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+56"/>
        <location line="+32"/>
        <location line="+31"/>
        <source>load %1</source>
        <translation>load %1</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>load one article</source>
        <translation>einen Artikel laden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>optimizing the full-text index…</source>
        <translation>Volltextindex wird optimiert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optimizeSearchIndex</source>
        <translation>optimizeSearchIndex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optimizeSearchIndex() once, after the import</source>
        <translation>optimizeSearchIndex() einmal, nach dem Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merges the full-text index that the bulk import left in large segments; the saves measured after it show what it is for</source>
        <translation>führt den Volltextindex zusammen, den der Massenimport in großen Segmenten hinterlassen hat; die danach gemessenen Speichervorgänge zeigen, wozu das dient</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save again after optimizeSearchIndex(), 500 other random articles…</source>
        <translation>erneut speichern nach optimizeSearchIndex(), 500 andere zufällige Artikel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save: one edited paragraph, 500 random articles…</source>
        <translation>save: ein bearbeiteter Absatz, 500 zufällige Artikel…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>sqlite3: the same reads, source look-ups, revision insert and article/paragraph/search-text updates in one transaction, on %1 other articles</source>
        <translation>sqlite3: dieselben Lesezugriffe, Quellensuchen, Revisions-INSERT und Aktualisierungen von Artikel, Absatz und Suchtext in einer Transaktion, an %1 anderen Artikeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>edit cycle (load + edit + save)</source>
        <translation>Bearbeitungszyklus (laden + bearbeiten + speichern)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+76"/>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>loadMany</source>
        <translation>loadMany</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../app/widgets/BodyEditor.cpp" line="+47"/>
        <source>Article body</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+387"/>
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
        <location filename="../app/cli/CliApplication.cpp" line="+141"/>
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
        <location line="+9"/>
        <location line="+877"/>
        <location line="+655"/>
        <location line="+539"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-2064"/>
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
        <location line="+9"/>
        <location line="+1800"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="-1761"/>
        <location line="+145"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Removes the link to the previous article.</source>
        <translation>Entfernt die Verknüpfung zum vorherigen Artikel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the link to the next article.</source>
        <translation>Entfernt die Verknüpfung zum nächsten Artikel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language: a BCP 47 tag (en-US, de, pt-BR) or a Hunspell dictionary name (en_US). Default: en-US, or the article&apos;s language with --article.</source>
        <translation>Die Sprache: ein BCP-47-Tag (en-US, de, pt-BR) oder der Name eines Hunspell-Wörterbuchs (en_US). Standard: en-US, mit --article die Sprache des Artikels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks a stored article instead of a file: its headline, summary, byline, body paragraphs and meta titles, accepting the newsroom dictionary and the words ignored in that article.</source>
        <translation>Prüft statt einer Datei einen gespeicherten Artikel: Schlagzeile, Zusammenfassung, Autorenzeile, Absätze und Meta-Titel; das Redaktionswörterbuch und die in diesem Artikel ignorierten Wörter gelten als richtig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also accepts the words of the newsroom dictionary in the database (always so with --article).</source>
        <translation>Akzeptiert auch die Wörter des Redaktionswörterbuchs in der Datenbank (mit --article immer).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists the misspelled words without suggestions, which is much faster (like hunspell -l).</source>
        <translation>Listet die falsch geschriebenen Wörter ohne Vorschläge auf, was viel schneller ist (wie hunspell -l).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looks for suggestions in at most N processes at once, each with its own copy of the dictionary. Default: one per processor core.</source>
        <translation>Sucht Vorschläge in höchstens N Prozessen gleichzeitig, jeder mit einer eigenen Kopie des Wörterbuchs. Standard: einer pro Prozessorkern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Internal: answers a SuggestionPool request.</source>
        <translation>Intern: beantwortet eine Anfrage von SuggestionPool.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prints a JSON array [{word, line, column, suggestions}] instead of one line per misspelled word.</source>
        <translation>Gibt ein JSON-Array [{word, line, column, suggestions}] statt einer Zeile pro falsch geschriebenem Wort aus.</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+288"/>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <location line="-288"/>
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
        <location line="+59"/>
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Shows one article with its paragraphs, sources, meta titles and links.</source>
        <translation>Zeigt einen Artikel mit seinen Absätzen, Quellen, Meta-Titeln und Verknüpfungen.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="-196"/>
        <location line="+198"/>
        <location line="+283"/>
        <location line="+20"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+266"/>
        <location line="+33"/>
        <location line="+618"/>
        <location line="+10"/>
        <location line="+241"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-1481"/>
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
        <location line="+70"/>
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
        <source>--db needs the path of a database file.</source>
        <translation>--db braucht den Pfad einer Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+34"/>
        <location line="+22"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of one command.</source>
        <translation>„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>FILE|-|--article ID [--lang L] [--newsroom] [--json] [--no-suggestions] [--jobs N]</source>
        <translation>DATEI|-|--article ID [--lang L] [--newsroom] [--json] [--no-suggestions] [--jobs N]</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Only articles with this status: draft, review, changes-requested, approved, published, corrected or archived.</source>
        <translation>Nur Artikel mit diesem Status: draft, review, changes-requested, approved, published, corrected oder archived.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Checks every article.</source>
        <translation>Prüft alle Artikel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints a JSON array [{article: {id, uuid, headline}, findings: [...]}] instead of a list.</source>
        <translation>Gibt ein JSON-Array [{article: {id, uuid, headline}, findings: [...]}] statt einer Liste aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skips the SPELLING rule (no dictionaries are loaded).</source>
        <translation>Überspringt die Regel SPELLING (es werden keine Wörterbücher geladen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPELLING findings without suggestions, which is much faster.</source>
        <translation>SPELLING-Befunde ohne Vorschläge, was viel schneller ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A comment for the audit log (required to request changes).</source>
        <translation>Ein Kommentar für das Prüfprotokoll (nötig, um Änderungen anzufordern).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A chief approving over blocking findings: the written reason, stored in the audit log.</source>
        <translation>Ein Chefredakteur gibt trotz blockierender Befunde frei: die schriftliche Begründung, im Prüfprotokoll gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who acts, as recorded in the audit log. Default: $COPYDESK_USER, else the name in the Copydesk preferences, else the login name.</source>
        <translation>Wer handelt, wie im Prüfprotokoll vermerkt. Standard: $COPYDESK_USER, sonst der Name in den Copydesk-Einstellungen, sonst der Anmeldename.</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+135"/>
        <location line="+7"/>
        <location line="+1561"/>
        <location line="+68"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-1802"/>
        <source>The export format: ninjs (IPTC ninjs 3.1 JSON, the default), newsml (IPTC NewsML-G2 2.35 XML) or html (an HTML5 page).</source>
        <translation>Das Exportformat: ninjs (IPTC ninjs 3.1 JSON, der Standard), newsml (IPTC NewsML-G2 2.35 XML) oder html (eine HTML5-Seite).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With --format html, how paragraphs show their sources: none, inline (&quot;(Source: A; B)&quot; after the text) or notes (numbered source notes at the end, the default).</source>
        <translation>Mit --format html: wie Absätze ihre Quellen zeigen: none, inline („(Quelle: A; B)“ nach dem Text) oder notes (nummerierte Quellenhinweise am Ende, der Standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STYLE</source>
        <translation>STIL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --format html, where the newsroom publishes an article, {uuid} standing for its uuid (e.g. https://news.example/a/{uuid}); previous/next links and the canonical link use it.</source>
        <translation>Mit --format html: wo die Redaktion einen Artikel veröffentlicht, wobei {uuid} für seine UUID steht (z. B. https://news.example/a/{uuid}); die Verknüpfungen zum vorherigen und nächsten Artikel und der kanonische Link verwenden es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --format newsml, the newsroom named as the provider (default: Copydesk).</source>
        <translation>Mit --format newsml: die als Anbieter genannte Redaktion (Standard: Copydesk).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder to write the files to; created when missing. Each article becomes &lt;slug or uuid&gt;-v&lt;version&gt; and the format&apos;s ending: .ninjs.json, .newsml.xml or .html.</source>
        <translation>Der Ordner, in den die Dateien geschrieben werden; wird angelegt, falls er fehlt. Jeder Artikel wird zu &lt;Slug oder UUID&gt;-v&lt;Version&gt; mit der Endung des Formats: .ninjs.json, .newsml.xml oder .html.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>The role to act in: editor, reviewer or chief. Default: $COPYDESK_ROLE, else the role in the Copydesk preferences, else editor.</source>
        <translation>Die Rolle, in der Sie handeln: editor, reviewer oder chief. Standard: $COPYDESK_ROLE, sonst die Rolle in den Copydesk-Einstellungen, sonst editor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verdict: verified, disputed or unchecked.</source>
        <translation>Das Urteil: verified, disputed oder unchecked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reviewer&apos;s note on the source (what was checked).</source>
        <translation>Die Notiz des Prüfers zur Quelle (was geprüft wurde).</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>The database: a Copydesk SQLite file, or a newsroom server as postgresql://user@host:port/database. Default: $COPYDESK_DB, else the file the Copydesk application uses.</source>
        <translation>Die Datenbank: eine Copydesk-SQLite-Datei oder ein Redaktionsserver als postgresql://user@host:port/database. Standard: $COPYDESK_DB, sonst die Datei, die die Copydesk-Anwendung verwendet.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Only this destination (its name).</source>
        <translation>Nur dieses Ziel (sein Name).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every approved article not yet published.</source>
        <translation>Alle freigegebenen, noch nicht veröffentlichten Artikel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add: a hot folder; each file appears complete.</source>
        <translation>add: ein Hotfolder; jede Datei erscheint vollständig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: an HTTP(S) endpoint that receives a POST of the ninjs.</source>
        <translation>add: ein HTTP(S)-Endpunkt, der das ninjs per POST empfängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: a request header for the endpoint, e.g. &quot;Authorization: Bearer T&quot; (repeatable).</source>
        <translation>add: ein Request-Header für den Endpunkt, z. B. „Authorization: Bearer T“ (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HEADER</source>
        <translation>HEADER</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add: seconds the endpoint has to answer (default 10).</source>
        <translation>add: Sekunden, die der Endpunkt zum Antworten hat (Standard 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: further attempts after a failure that may pass (default 3).</source>
        <translation>add: weitere Versuche nach einem Fehler, der vorübergehend sein kann (Standard 3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: store the destination switched off.</source>
        <translation>add: das Ziel deaktiviert speichern.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ID...|--all [--format ninjs|newsml|html] --out DIR</source>
        <translation>ID...|--all [--format ninjs|newsml|html] --out ORDNER</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lists the misspelled words of a text or an article with their line, column and suggestions.</source>
        <translation>Listet die falsch geschriebenen Wörter eines Textes oder Artikels mit Zeile, Spalte und Vorschlägen auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID...|--all [--json] [--no-spelling] [--no-suggestions]</source>
        <translation>ID...|--all [--json] [--no-spelling] [--no-suggestions]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the review findings of articles; exit status 1 when any is blocking.</source>
        <translation>Listet die Prüfbefunde von Artikeln auf; Exit-Status 1, wenn einer blockiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID STATUS [--comment C] [--override REASON] [--as NAME --role ROLE]</source>
        <translation>ID STATUS [--comment C] [--override GRUND] [--as NAME --role ROLLE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves an article through the review workflow (draft, review, changes-requested, approved, published, corrected, archived).</source>
        <translation>Führt einen Artikel durch den Prüfablauf (draft, review, changes-requested, approved, published, corrected, archived).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID PARAGRAPH SOURCE --state verified|disputed|unchecked [--note N] [--as NAME]</source>
        <translation>ID ABSATZ QUELLE --state verified|disputed|unchecked [--note N] [--as NAME]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records a reviewer&apos;s verdict on one attribution of a paragraph (its uuid or number).</source>
        <translation>Vermerkt das Urteil eines Prüfers über eine Quellenangabe eines Absatzes (dessen UUID oder Nummer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list [--json] | add WORD... | remove WORD...</source>
        <translation>list [--json] | add WORT... | remove WORT...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or changes the newsroom dictionary, shared by every desk on the database.</source>
        <translation>Zeigt oder ändert das Redaktionswörterbuch, das alle Arbeitsplätze der Datenbank gemeinsam nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list [--json] | add NAME --folder DIR [--format F] | add NAME --url URL [--header H]... [--timeout S] [--retries N] | remove NAME | enable NAME | disable NAME</source>
        <translation>list [--json] | add NAME --folder ORDNER [--format F] | add NAME --url URL [--header H]... [--timeout S] [--retries N] | remove NAME | enable NAME | disable NAME</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or changes where articles are published (shared by every desk).</source>
        <translation>Zeigt oder ändert, wohin Artikel veröffentlicht werden (gemeinsam für alle Arbeitsplätze).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID...|--approved [--destination NAME] [--as NAME --role ROLE]</source>
        <translation>ID...|--approved [--destination NAME] [--as NAME --role ROLLE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends approved articles to every enabled destination; exit status 1 when a delivery failed.</source>
        <translation>Sendet freigegebene Artikel an alle aktivierten Ziele; Exit-Status 1, wenn eine Zustellung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID... [--destination NAME] [--as NAME --role ROLE]</source>
        <translation>ID... [--destination NAME] [--as NAME --role ROLLE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archives published articles and sends pubStatus canceled wherever they went.</source>
        <translation>Archiviert veröffentlichte Artikel und sendet pubStatus canceled an alle Ziele, an die sie gingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets up a newsroom PostgreSQL database: the schema, the roles copydesk_editor, copydesk_reviewer and copydesk_chief, their grants and the rules the server enforces. Run once by the database owner (and again after an upgrade).</source>
        <translation>Richtet eine gemeinsame PostgreSQL-Redaktionsdatenbank ein: das Schema, die Rollen copydesk_editor, copydesk_reviewer und copydesk_chief, ihre Berechtigungen und die Regeln, die der Server durchsetzt. Einmal vom Eigentümer der Datenbank auszuführen (und erneut nach einem Upgrade).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from LOCATION --to LOCATION</source>
        <translation>--from ORT --to ORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies a whole library (articles, revisions, sources, links, review and publishing records) into an empty database, SQLite file or PostgreSQL, and verifies it by counts and checksums.</source>
        <translation>Kopiert eine ganze Bibliothek (Artikel, Revisionen, Quellen, Verknüpfungen, Prüf- und Veröffentlichungsdaten) in eine leere Datenbank, SQLite-Datei oder PostgreSQL, und überprüft sie anhand von Zeilenzahlen und Prüfsummen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists every delivery of an article: destination, version, time, result.</source>
        <translation>Listet jede Zustellung eines Artikels auf: Ziel, Version, Zeit, Ergebnis.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imports, lists, shows, links, exports and spell-checks the articles of a Copydesk database.</source>
        <translation>Importiert, listet, zeigt, verknüpft, exportiert und prüft die Rechtschreibung der Artikel einer Copydesk-Datenbank.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--db needs the path of a database file or a postgresql:// URL.</source>
        <translation>--db benötigt den Pfad einer Datenbankdatei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exit status: 0 success; 1 conflict (someone saved first), or spell found misspelled words; 2 bad input or usage (nothing was written), or no spelling dictionary for the language; 3 database unavailable or damaged.</source>
        <translation>Exit-Status: 0 Erfolg; 1 Konflikt (jemand hat zuerst gespeichert) oder spell hat falsch geschriebene Wörter gefunden; 2 fehlerhafte Eingabe oder Verwendung (nichts wurde geschrieben) oder kein Rechtschreibwörterbuch für die Sprache; 3 Datenbank nicht verfügbar oder beschädigt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>init takes no arguments.</source>
        <translation>init erwartet keine Argumente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: schema version %2, roles %3, %4 and %5 with their grants and rules.</source>
        <translation>%1: Schemaversion %2, Rollen %3, %4 und %5 mit ihren Berechtigungen und Regeln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give each login one role, e.g.: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE copydesk_editor;</source>
        <translation>Geben Sie jeder Anmeldung eine Rolle, z. B.: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE copydesk_editor;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library to copy: a file or a postgresql:// URL.</source>
        <translation>Die zu kopierende Bibliothek: eine Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Where to copy it: a new or empty file, or an empty PostgreSQL database (postgresql:// URL).</source>
        <translation>Wohin kopiert wird: eine neue oder leere Datei oder eine leere PostgreSQL-Datenbank (postgresql://-URL).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>migrate takes --from and --to, no other arguments.</source>
        <translation>migrate erwartet --from und --to, keine weiteren Argumente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give both --from LOCATION and --to LOCATION.</source>
        <translation>geben Sie sowohl --from ORT als auch --to ORT an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from and --to name the same database.</source>
        <translation>--from und --to bezeichnen dieselbe Datenbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such file.</source>
        <translation>%1: keine solche Datei.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHECKSUM</source>
        <translation>PRÜFSUMME</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1 to %2; every table&apos;s row count and checksum match.</source>
        <translation>%1 nach %2 kopiert; Zeilenzahl und Prüfsumme stimmen für jede Tabelle überein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Article files: .txt (the plain-text format) or .json (ninjs). Other names are read as ninjs when they start with &apos;{&apos;, else as plain text. Articles whose uri is already in the database update it; links between the files resolve in any order.</source>
        <translation>Artikeldateien: .txt (das Klartextformat) oder .json (ninjs). Andere Namen werden als ninjs gelesen, wenn sie mit „{“ beginnen, sonst als Klartext. Artikel, deren URI bereits in der Datenbank steht, aktualisieren diesen Artikel; Verknüpfungen zwischen den Dateien werden in beliebiger Reihenfolge aufgelöst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+917"/>
        <location line="+10"/>
        <location line="+241"/>
        <source>The article: its id, uuid or uri.</source>
        <translation>Der Artikel: seine ID, UUID oder URI.</translation>
    </message>
    <message>
        <location line="-1191"/>
        <location line="+934"/>
        <location line="+245"/>
        <location line="+6"/>
        <source>The articles: ids, uuids or uris.</source>
        <translation>Die Artikel: IDs, UUIDs oder URIs.</translation>
    </message>
    <message>
        <location line="-1185"/>
        <location line="+934"/>
        <location line="+245"/>
        <location line="+6"/>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <location line="-1180"/>
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
        <location line="+524"/>
        <location line="+934"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="-1449"/>
        <source>The text to check, in UTF-8; - reads standard input. Each misspelled word is printed as FILE:LINE:COLUMN: WORD: SUGGESTIONS (up to %1), columns counted in characters. Your personal dictionary is accepted too. Exit status 1 when a word is misspelled, 0 when none is.</source>
        <translation>Der zu prüfende Text, in UTF-8; - liest die Standardeingabe. Jedes falsch geschriebene Wort wird als DATEI:ZEILE:SPALTE: WORT: VORSCHLÄGE (bis zu %1) ausgegeben, Spalten in Zeichen gezählt. Ihr persönliches Wörterbuch gilt ebenfalls. Exit-Status 1, wenn ein Wort falsch geschrieben ist, sonst 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FILE|-</source>
        <translation>DATEI|-</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list: the words with who added them and when; add: adds the words, recorded as added by %1 ($COPYDESK_USER, else your login name); remove: removes them (all of them or, if one is not listed, none).</source>
        <translation>list: die Wörter, mit Angabe, wer sie wann hinzugefügt hat; add: fügt die Wörter hinzu, vermerkt als hinzugefügt von %1 ($COPYDESK_USER, sonst Ihr Anmeldename); remove: entfernt sie (alle oder, wenn eines nicht eingetragen ist, keines).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list|add|remove</source>
        <translation>list|add|remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words to add or remove.</source>
        <translation>Die hinzuzufügenden oder zu entfernenden Wörter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[WORD...]</source>
        <translation>[WORT...]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no such file.</source>
        <translation>keine solche Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not an article file.</source>
        <translation>ist ein Ordner, keine Artikeldatei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than %1 MiB, the most an article file may be.</source>
        <translation>die Datei ist größer als %1 MiB, die Höchstgröße für eine Artikeldatei.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+30"/>
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
        <location line="+460"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="-457"/>
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
        <location line="+260"/>
        <source>HEADLINE</source>
        <translation>SCHLAGZEILE</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+196"/>
        <location line="+38"/>
        <source>give exactly one article (id, uuid or uri).</source>
        <translation>geben Sie genau einen Artikel an (ID, UUID oder URI).</translation>
    </message>
    <message>
        <location line="-217"/>
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
        <location line="+1060"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-1055"/>
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
        <location line="+574"/>
        <source>give article ids or --all, not both.</source>
        <translation>geben Sie Artikel-IDs oder --all an, nicht beides.</translation>
    </message>
    <message>
        <location line="-572"/>
        <source>name the articles to export, or give --all.</source>
        <translation>nennen Sie die zu exportierenden Artikel oder geben Sie --all an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+904"/>
        <source>--format: unknown format &apos;%1&apos;; use ninjs, newsml or html.</source>
        <translation>--format: unbekanntes Format „%1“; verwenden Sie ninjs, newsml oder html.</translation>
    </message>
    <message>
        <location line="-896"/>
        <source>--attributions: unknown style &apos;%1&apos;; use none, inline or notes.</source>
        <translation>--attributions: unbekannter Stil „%1“; verwenden Sie none, inline oder notes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--provider: the newsroom&apos;s name is empty.</source>
        <translation>--provider: Der Name der Redaktion ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out DIR is required: the folder to write the files to.</source>
        <translation>--out ORDNER ist erforderlich: der Ordner, in den die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out %1: is a file, not a folder.</source>
        <translation>--out %1: ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--out %1: cannot create the folder.</source>
        <translation>--out %1: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out %1: the folder is not writable.</source>
        <translation>--out %1: In den Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exported %1 %2</source>
        <translation>exportiert %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location line="+15"/>
        <source>give a FILE or --article ID, not both.</source>
        <translation>geben Sie eine DATEI oder --article ID an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a FILE to check (- for standard input) or --article ID.</source>
        <translation>geben Sie eine zu prüfende DATEI (- für die Standardeingabe) oder --article ID an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one FILE; unexpected argument &apos;%1&apos;.</source>
        <translation>geben Sie eine DATEI an; unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lang needs a language, e.g. en-US or de.</source>
        <translation>--lang braucht eine Sprache, z. B. en-US oder de.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--jobs: &apos;%1&apos; is not a positive whole number.</source>
        <translation>--jobs: „%1“ ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>suggestion helper: cannot read standard input.</source>
        <translation>Vorschlagshelfer: Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suggestion helper: %1.</source>
        <translation>Vorschlagshelfer: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>give an action: list, add or remove (add and remove take words).</source>
        <translation>geben Sie eine Aktion an: list, add oder remove (add und remove erwarten Wörter).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list takes no words; unexpected argument &apos;%1&apos;.</source>
        <translation>list erwartet keine Wörter; unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown action &apos;%1&apos;; give list, add or remove.</source>
        <translation>unbekannte Aktion „%1“; geben Sie list, add oder remove an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--json goes with list only.</source>
        <translation>--json gibt es nur mit list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: name at least one word.</source>
        <translation>%1: nennen Sie mindestens ein Wort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a word that can be listed: it is empty or contains spaces.</source>
        <translation>„%1“ ist kein Wort, das eingetragen werden kann: Es ist leer oder enthält Leerzeichen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The newsroom dictionary is empty.</source>
        <translation>Das Redaktionswörterbuch ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WORD</source>
        <translation>WORT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDED BY</source>
        <translation>HINZUGEFÜGT VON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in the newsroom dictionary already</source>
        <translation>%1 steht bereits im Redaktionswörterbuch</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not in the newsroom dictionary; nothing was removed.</source>
        <translation>„%1“ steht nicht im Redaktionswörterbuch; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>on the newsroom server %1 you act as your login %2 (%3); --as and --role cannot change that.</source>
        <translation>auf dem Redaktionsserver %1 handeln Sie als Ihre Anmeldung %2 (%3); --as und --role können daran nichts ändern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--as: give a name.</source>
        <translation>--as: geben Sie einen Namen an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--role: unknown role &apos;%1&apos;; give editor, reviewer or chief.</source>
        <translation>--role: unbekannte Rolle „%1“; geben Sie editor, reviewer oder chief an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The new status: review, changes-requested, approved, published, corrected or archived.</source>
        <translation>Der neue Status: review, changes-requested, approved, published, corrected oder archived.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The paragraph: its uuid (see show --json) or its number from 1.</source>
        <translation>Der Absatz: seine UUID (siehe show --json) oder seine Nummer ab 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARAGRAPH</source>
        <translation>ABSATZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source the paragraph cites, by name.</source>
        <translation>Die Quelle, die der Absatz nennt, mit Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name the articles to check, or give --all.</source>
        <translation>nennen Sie die zu prüfenden Artikel oder geben Sie --all an.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 &quot;%2&quot;: %n finding(s)</source>
        <translation>
            <numerusform>%1 „%2“: %n Befund</numerusform>
            <numerusform>%1 „%2“: %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>spelling was not checked for %1: %2</source>
        <translation>Rechtschreibung für %1 nicht geprüft: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s) checked</source>
        <translation>
            <numerusform>%n Artikel geprüft</numerusform>
            <numerusform>%n Artikel geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocking finding(s)</source>
        <translation>
            <numerusform>%n blockierender Befund</numerusform>
            <numerusform>%n blockierende Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n Artikel</numerusform>
            <numerusform>in %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the article and its new status.</source>
        <translation>geben Sie den Artikel und seinen neuen Status an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STATUS: unknown status &apos;%1&apos;; give review, changes-requested, approved, published, corrected or archived.</source>
        <translation>STATUS: unbekannter Status „%1“; geben Sie review, changes-requested, approved, published, corrected oder archived an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 &quot;%2&quot;: %3 -&gt; %4 (by %5, %6)</source>
        <translation>%1 „%2“: %3 -&gt; %4 (von %5, %6)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give the article, the paragraph and the source.</source>
        <translation>geben Sie den Artikel, den Absatz und die Quelle an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--state is required: verified, disputed or unchecked.</source>
        <translation>--state ist erforderlich: verified, disputed oder unchecked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--state: unknown state &apos;%1&apos;; give verified, disputed or unchecked.</source>
        <translation>--state: unbekannter Zustand „%1“; geben Sie verified, disputed oder unchecked an.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>article %1 has no paragraph &apos;%2&apos; (give its uuid, see show --json, or a number from 1 to %3).</source>
        <translation>Artikel %1 hat keinen Absatz „%2“ (geben Sie seine UUID an, siehe show --json, oder eine Nummer von 1 bis %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paragraph %1 of article %2 does not cite &apos;%3&apos;; it cites: %4.</source>
        <translation>Absatz %1 von Artikel %2 nennt „%3“ nicht; er nennt: %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &quot;%2&quot;, paragraph %3: %4 is %5 (by %6); the article is now version %7</source>
        <translation>%1 „%2“, Absatz %3: %4 ist %5 (von %6); der Artikel ist jetzt Version %7</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>list, add, remove, enable or disable.</source>
        <translation>list, add, remove, enable oder disable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination&apos;s name.</source>
        <translation>Der Name des Ziels.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give an action: list, add, remove, enable or disable.</source>
        <translation>geben Sie eine Aktion an: list, add, remove, enable oder disable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list takes no name; unexpected argument &apos;%1&apos;.</source>
        <translation>list erwartet keinen Namen; unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No publishing destination is set up.</source>
        <translation>Es ist kein Veröffentlichungsziel eingerichtet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENABLED</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TARGET</source>
        <translation>ORT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown action &apos;%1&apos;; give list, add, remove, enable or disable.</source>
        <translation>unbekannte Aktion „%1“; geben Sie list, add, remove, enable oder disable an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: name one destination.</source>
        <translation>%1: nennen Sie ein Ziel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>removed destination &quot;%1&quot;</source>
        <translation>Ziel „%1“ entfernt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>enabled destination &quot;%1&quot;</source>
        <translation>Ziel „%1“ aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled destination &quot;%1&quot;</source>
        <translation>Ziel „%1“ deaktiviert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: give the destination&apos;s name.</source>
        <translation>add: geben Sie den Namen des Ziels an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: give either --folder DIR or --url URL.</source>
        <translation>add: geben Sie entweder --folder ORDNER oder --url URL an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--header, --timeout and --retries go with --url.</source>
        <translation>--header, --timeout und --retries gehören zu --url.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format: an HTTP endpoint receives ninjs.</source>
        <translation>--format: Ein HTTP-Endpunkt empfängt ninjs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--timeout: &apos;%1&apos; is not a number of seconds.</source>
        <translation>--timeout: „%1“ ist keine Anzahl Sekunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--retries: &apos;%1&apos; is not a number.</source>
        <translation>--retries: „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added destination &quot;%1&quot; (%2 %3)</source>
        <translation>Ziel „%1“ hinzugefügt (%2 %3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give article ids or --approved, not both.</source>
        <translation>geben Sie Artikel-IDs oder --approved an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the articles to unpublish.</source>
        <translation>nennen Sie die Artikel, deren Veröffentlichung zurückgezogen werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the articles to publish, or give --approved.</source>
        <translation>nennen Sie die zu veröffentlichenden Artikel oder geben Sie --approved an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No approved article is waiting to be published.</source>
        <translation>Kein freigegebener Artikel wartet auf Veröffentlichung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unpublishing</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; v%3</source>
        <translation>%1 „%2“ v%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (already there)</source>
        <translation>%1 (schon vorhanden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 -&gt; %2: %3</source>
        <translation>%1 -&gt; %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpublished %1 -&gt; %2</source>
        <translation>zurückgezogen: %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>published %1 -&gt; %2</source>
        <translation>veröffentlicht: %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>name one article.</source>
        <translation>nennen Sie einen Artikel.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Article %1 has not been published.</source>
        <translation>Artikel %1 wurde noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>canceled</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>usable</source>
        <translation>gültig</translation>
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
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../ui/ConnectServerDialog.ui" line="+6"/>
        <source>Connect to Newsroom Server</source>
        <translation>Mit Redaktionsserver verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work in your newsroom&apos;s shared PostgreSQL database. Ask whoever runs it for these details.</source>
        <translation>In der gemeinsamen PostgreSQL-Datenbank Ihrer Redaktion arbeiten. Fragen Sie die Person, die sie betreibt, nach diesen Angaben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s name or address, or the folder of its Unix socket (starting with /)</source>
        <translation>Name oder Adresse des Servers oder der Ordner seines Unix-Sockets (beginnend mit /)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. newsroom</source>
        <translation>z. B. newsroom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login on the server. On a newsroom server it is also who you work as.</source>
        <translation>Ihre Anmeldung auf dem Server. Auf einem Redaktionsserver ist das auch die Person, als die Sie arbeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty to use ~/.pgpass</source>
        <translation>Leer lassen, um ~/.pgpass zu verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for this connection only; Copydesk never stores it. Empty: the password in ~/.pgpass (or PGPASSFILE) is used, and you are asked if the server wants one.</source>
        <translation>Wird nur für diese Verbindung verwendet; Copydesk speichert es nie. Leer: Das Passwort aus ~/.pgpass (oder PGPASSFILE) wird verwendet, und Sie werden gefragt, wenn der Server eines verlangt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address Copydesk connects to (without the password), as File › Recent lists it and copydesk-cli --db accepts it</source>
        <translation>Die Adresse, mit der sich Copydesk verbindet (ohne das Passwort), wie Datei › Zuletzt geöffnet sie anzeigt und copydesk-cli --db sie akzeptiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <location filename="../app/widgets/ConnectServerDialog.cpp" line="+27"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt (require)</source>
        <translation>Immer verschlüsseln (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt and verify the server&apos;s certificate (verify-full)</source>
        <translation>Verschlüsseln und das Zertifikat des Servers prüfen (verify-full)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never encrypt (disable)</source>
        <translation>Nie verschlüsseln (disable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the connection is encrypted; not used with a Unix socket folder</source>
        <translation>Ob die Verbindung verschlüsselt wird; bei einem Unix-Socket-Ordner nicht verwendet</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation>Geben Sie den Namen der Datenbank Ihrer Redaktion ein.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+76"/>
        <source>The database is read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>The database is busy (another program holds a lock).</source>
        <translation>Die Datenbank ist belegt (ein anderes Programm hält eine Sperre).</translation>
    </message>
    <message>
        <location line="+161"/>
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
        <location line="+9"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1: was written by a newer Copydesk (schema version %2; this version understands up to %3). Update Copydesk to open it; the file was not changed.</source>
        <translation>%1: wurde von einer neueren Copydesk-Version geschrieben (Schemaversion %2; diese Version versteht bis %3). Aktualisieren Sie Copydesk, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+666"/>
        <source>The disk is full: free some space, then try again.</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="-664"/>
        <source>The database is read-only: the file, its folder or the disk does not allow writing.</source>
        <translation>Die Datenbank ist schreibgeschützt: Die Datei, ihr Ordner oder der Datenträger erlaubt kein Schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite could not open the file or create its write-ahead log beside it; check that the folder exists and can be written.</source>
        <translation>SQLite konnte die Datei nicht öffnen oder ihr Write-Ahead-Log daneben nicht anlegen; prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk or file system reported an error while reading or writing the file.</source>
        <translation>Der Datenträger oder das Dateisystem hat beim Lesen oder Schreiben der Datei einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>%1: is damaged: the file is cut short (%2 bytes, where its header says %3). It was left untouched; restore it from a backup.</source>
        <translation>%1: ist beschädigt: Die Datei ist abgeschnitten (%2 Byte, laut ihrem Header %3). Sie wurde nicht angetastet; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: cannot be opened: its folder %2 is read-only, and SQLite needs to create its write-ahead log beside the file. Copy the file into a folder you can write to, or make the folder writable; the file was not changed.</source>
        <translation>%1: kann nicht geöffnet werden: Der Ordner %2 ist schreibgeschützt, und SQLite muss neben der Datei ihr Write-Ahead-Log anlegen. Kopieren Sie die Datei in einen Ordner, in den Sie schreiben können, oder machen Sie den Ordner beschreibbar; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot open for writing: %2</source>
        <translation>%1: kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: Verbindung nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the list of tables</source>
        <translation>Lesen der Tabellenliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: is damaged or not a database: %2</source>
        <translation>%1: ist beschädigt oder keine Datenbank: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: is a PostgreSQL database but not a Copydesk database (it has tables but no copydesk_meta table); it was left untouched.</source>
        <translation>%1: ist eine PostgreSQL-Datenbank, aber keine Copydesk-Datenbank (sie hat Tabellen, aber keine Tabelle copydesk_meta); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is an SQLite database but not a Copydesk database (it has no copydesk_meta table); it was left untouched.</source>
        <translation>%1: ist eine SQLite-Datenbank, aber keine Copydesk-Datenbank (sie hat keine Tabelle copydesk_meta); sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the login %2 has none of the Copydesk roles (copydesk_editor, copydesk_reviewer, copydesk_chief) and may not open this database; ask the newsroom&apos;s database administrator to grant one.</source>
        <translation>%1: Die Anmeldung %2 hat keine der Copydesk-Rollen (copydesk_editor, copydesk_reviewer, copydesk_chief) und darf diese Datenbank nicht öffnen; bitten Sie die Datenbankadministration der Redaktion, eine zu vergeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: Die Schemaversion kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: is not a Copydesk database (its copydesk_meta table does not identify it); it was left untouched.</source>
        <translation>%1: ist keine Copydesk-Datenbank (ihre Tabelle copydesk_meta weist sie nicht als solche aus); sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>switching to write-ahead logging</source>
        <translation>Umstellen auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+52"/>
        <source>%1: the newsroom server is still unreachable: %2</source>
        <translation>%1: Der Redaktionsserver ist weiterhin nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: cannot start writing inside a read transaction.</source>
        <translation>%1: Innerhalb einer Lesetransaktion kann nicht mit dem Schreiben begonnen werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>commit without a transaction</source>
        <translation>Commit ohne Transaktion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transaction was rolled back</source>
        <translation>die Transaktion wurde zurückgesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a statement failed, so the whole change was rolled back.</source>
        <translation>%1: Eine Anweisung ist fehlgeschlagen, daher wurde die gesamte Änderung zurückgenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+28"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Another desk changed the same rows at the same moment; try again.</source>
        <translation>Ein anderer Arbeitsplatz hat im selben Moment dieselben Zeilen geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the newsroom server was lost; Copydesk connects again with the next save, and nothing unsaved is discarded meanwhile.</source>
        <translation>Die Verbindung zum Redaktionsserver ist unterbrochen; Copydesk verbindet sich beim nächsten Speichern erneut, und bis dahin geht nichts Ungespeichertes verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s disk is full.</source>
        <translation>Der Datenträger des Servers ist voll.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>nothing to commit</source>
        <translation>nichts festzuschreiben</translation>
    </message>
</context>
<context>
    <name>DeskRole</name>
    <message>
        <location filename="../app/core/DeskUser.cpp" line="+50"/>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chief</source>
        <translation>Chefredakteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editor</source>
        <translation>Redakteur</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../ui/DestinationDialog.ui" line="+6"/>
        <source>Publishing Destination</source>
        <translation>Veröffentlichungsziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Website, Wire service</source>
        <translation>z. B. Website, Agenturdienst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The publishing system&apos;s hot folder. Each file appears complete, named after the article&apos;s slug and version.</source>
        <translation>Der Hotfolder des Redaktionssystems. Jede Datei erscheint vollständig und ist nach Slug und Version des Artikels benannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://cms.example.com/api/articles</source>
        <translation>https://cms.example.com/api/articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives a POST of each article&apos;s ninjs document.</source>
        <translation>Empfängt das ninjs-Dokument jedes Artikels per POST.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request &amp;headers:</source>
        <translation>Request-&amp;Header:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One “Name: value” per line, e.g.
Authorization: Bearer …</source>
        <translation>Ein „Name: Wert“ pro Zeile, z. B.
Authorization: Bearer …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra request headers, one “Name: value” per line. Values such as tokens are shown masked everywhere except here.</source>
        <translation>Zusätzliche Request-Header, einer „Name: Wert“ pro Zeile. Werte wie Tokens werden überall außer hier maskiert angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint&apos;s answer must start within this time.</source>
        <translation>Die Antwort des Endpunkts muss innerhalb dieser Zeit beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Further attempts after a failure that may pass (a server error, too many requests, a network error).</source>
        <translation>Weitere Versuche nach einem Fehler, der vorübergehend sein kann (ein Serverfehler, zu viele Anfragen, ein Netzwerkfehler).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Publish to this destination</source>
        <translation>An dieses Ziel &amp;veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/widgets/DestinationDialog.cpp" line="+19"/>
        <source>Hot folder</source>
        <translation>Hotfolder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP endpoint</source>
        <translation>HTTP-Endpunkt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add Destination</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Destination</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose the Hot Folder</source>
        <translation>Hotfolder wählen</translation>
    </message>
</context>
<context>
    <name>DestinationModel</name>
    <message>
        <location filename="../app/models/DestinationModel.cpp" line="+38"/>
        <source>Hot folder</source>
        <translation>Hotfolder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP endpoint</source>
        <translation>HTTP-Endpunkt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeout: %1 s, retries: %2</source>
        <translation>Zeitlimit: %1 s, Wiederholungen: %2</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder or URL</source>
        <translation>Ordner oder URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>DictionariesPage</name>
    <message>
        <location filename="../ui/DictionariesPage.ui" line="+6"/>
        <source>Dictionaries</source>
        <translation>Wörterbücher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed languages</source>
        <translation>Installierte Sprachen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each article is checked in its own language: the Language field of the article picks the dictionary (en-US uses en_US, de uses de_DE).</source>
        <translation>Jeder Artikel wird in seiner eigenen Sprache geprüft: Das Feld „Sprache“ des Artikels wählt das Wörterbuch (en-US verwendet en_US, de verwendet de_DE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed dictionaries</source>
        <translation>Installierte Wörterbücher</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Newsroom dictionary</source>
        <translation>Redaktionswörterbuch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Newsroom words</source>
        <translation>Wörter der Redaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A word to accept in every article</source>
        <translation>Ein Wort, das in jedem Artikel gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New newsroom word</source>
        <translation>Neues Wort der Redaktion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal dictionary</source>
        <translation>Persönliches Wörterbuch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal words</source>
        <translation>Persönliche Wörter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>R&amp;emove</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <location filename="../app/widgets/DictionariesPage.cpp" line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dictionary is installed: nothing is underlined. Install one, for example the Debian package hunspell-en-us.</source>
        <translation>Es ist kein Wörterbuch installiert: Nichts wird unterstrichen. Installieren Sie eines, zum Beispiel das Debian-Paket hunspell-de-de.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looked up in: %1. Put a dictionary of your own (name.aff and name.dic) in %2.</source>
        <translation>Gesucht in: %1. Ein eigenes Wörterbuch (name.aff und name.dic) legen Sie in %2 ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a database to see and edit its newsroom dictionary.</source>
        <translation>Öffnen Sie eine Datenbank, um ihr Redaktionswörterbuch zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted in every article of %1, for every desk that works on it.</source>
        <translation>Gilt in jedem Artikel von %1, für jeden Arbeitsplatz, der damit arbeitet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newsroom dictionary could not be read: %1</source>
        <translation>Das Redaktionswörterbuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your own words, accepted in every article you edit; kept in %1.</source>
        <translation>Ihre eigenen Wörter, gültig in jedem Artikel, den Sie bearbeiten; gespeichert in %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Zum Redaktionswörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove from Newsroom Dictionary</source>
        <translation>Aus dem Redaktionswörterbuch entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove from Personal Dictionary</source>
        <translation>Aus dem persönlichen Wörterbuch entfernen</translation>
    </message>
</context>
<context>
    <name>DictionaryCatalog</name>
    <message>
        <location filename="../app/spelling/DictionaryCatalog.cpp" line="+246"/>
        <source>No spelling dictionary for the language &quot;%1&quot; is installed (looked for %2), and Debian has no package for it. Put %2.aff and %2.dic in %3 to check this language.</source>
        <translation>Für die Sprache „%1“ ist kein Rechtschreibwörterbuch installiert (gesucht: %2), und Debian hat kein Paket dafür. Legen Sie %2.aff und %2.dic in %3 ab, um diese Sprache zu prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No spelling dictionary for the language &quot;%1&quot; is installed (looked for %2). Install the Debian package %3 (sudo apt install %3), or put %2.aff and %2.dic in %4.</source>
        <translation>Für die Sprache „%1“ ist kein Rechtschreibwörterbuch installiert (gesucht: %2). Installieren Sie das Debian-Paket %3 (sudo apt install %3) oder legen Sie %2.aff und %2.dic in %4 ab.</translation>
    </message>
</context>
<context>
    <name>DictionaryStore</name>
    <message>
        <location filename="../app/storage/DictionaryStore.cpp" line="+34"/>
        <source>A dictionary word cannot be empty.</source>
        <translation>Ein Wörterbucheintrag darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not one word: a dictionary word cannot contain spaces.</source>
        <translation>„%1“ ist nicht ein einzelnes Wort: Ein Wörterbucheintrag darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>looking up article %1</source>
        <translation>Suchen von Artikel %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the newsroom dictionary</source>
        <translation>Lesen des Redaktionswörterbuchs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>adding “%1” to the newsroom dictionary</source>
        <translation>Hinzufügen von „%1“ zum Redaktionswörterbuch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removing “%1” from the newsroom dictionary</source>
        <translation>Entfernen von „%1“ aus dem Redaktionswörterbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not in the newsroom dictionary.</source>
        <translation>„%1“ steht nicht im Redaktionswörterbuch.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the ignored words of article %1</source>
        <translation>Lesen der ignorierten Wörter von Artikel %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ignoring “%1” in article %2</source>
        <translation>Ignorieren von „%1“ in Artikel %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>saving the ignored words of article %1</source>
        <translation>Speichern der ignorierten Wörter von Artikel %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/widgets/ExportController.cpp" line="+64"/>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Export Articles</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Exported %1 of %2 articles</source>
        <translation>%1 von %2 Artikeln exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed.</source>
        <translation>Export fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was exported to %1.</source>
        <translation>Nach %1 wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+6"/>
        <source>Export Articles</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;open article</source>
        <translation>Der &amp;geöffnete Artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The articles &amp;selected in the list</source>
        <translation>Die in der Liste &amp;ausgewählten Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every article the list &amp;shows</source>
        <translation>Alle Artikel, die die Liste &amp;zeigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole &amp;library</source>
        <translation>Die ganze &amp;Bibliothek</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sources shown:</source>
        <translation>Angezeigte &amp;Quellen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Article &amp;address:</source>
        <translation>&amp;Webadresse des Artikels:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://news.example/a/{uuid}</source>
        <translation>https://news.example/a/{uuid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the newsroom publishes an article; {uuid} stands for its uuid. Previous and next links point there.</source>
        <translation>Wo die Redaktion einen Artikel veröffentlicht; {uuid} steht für seine UUID. Die Verknüpfungen zum vorherigen und nächsten Artikel zeigen dorthin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NewsML-G2</source>
        <translation>NewsML-G2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Provider:</source>
        <translation>A&amp;nbieter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newsroom named as the provider of every item</source>
        <translation>Die Redaktion, die bei jeder Meldung als Anbieter genannt wird</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder to write the files to</source>
        <translation>Ordner, in den die Dateien geschrieben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/widgets/ExportDialog.cpp" line="+28"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbered source notes at the end</source>
        <translation>Nummerierte Quellenhinweise am Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After each paragraph, “(Source: …)”</source>
        <translation>Nach jedem Absatz „(Quelle: …)“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The articles &amp;selected in the list (%1)</source>
        <translation>Die in der Liste &amp;ausgewählten Artikel (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every article the list &amp;shows (%1)</source>
        <translation>Alle Artikel, die die Liste &amp;zeigt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole &amp;library (%1)</source>
        <translation>Die ganze &amp;Bibliothek (%1)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Each article becomes &lt;slug&gt;-v&lt;version&gt;%1; the files appear together once all are written, and a cancelled export leaves none.</source>
        <translation>Jeder Artikel wird zu &lt;slug&gt;-v&lt;version&gt;%1; die Dateien erscheinen gemeinsam, sobald alle geschrieben sind, und ein abgebrochener Export hinterlässt keine.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../app/core/ExportFormat.cpp" line="+40"/>
        <source>IPTC ninjs 3.1 (JSON)</source>
        <translation>IPTC ninjs 3.1 (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPTC NewsML-G2 2.35 (XML)</source>
        <translation>IPTC NewsML-G2 2.35 (XML)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML5 web page</source>
        <translation>HTML5-Webseite</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../app/widgets/ExportJob.cpp" line="+49"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder is not writable.</source>
        <translation>%1: In den Ordner kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../app/core/review/Finding.cpp" line="+61"/>
        <source>the headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meta title %1</source>
        <translation>Meta-Titel %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the meta titles</source>
        <translation>Meta-Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the body</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the previous-article link</source>
        <translation>Verknüpfung zum vorherigen Artikel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the next-article link</source>
        <translation>Verknüpfung zum nächsten Artikel</translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <location filename="../app/storage/FolderExport.cpp" line="+97"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>GuiBenchRunner</name>
    <message>
        <location filename="../app/bench/gui/GuiBenchRunner.cpp" line="+92"/>
        <source>an X server</source>
        <translation>ein X-Server</translation>
    </message>
    <message>
        <location line="+88"/>
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
        <location line="+196"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="-267"/>
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
        <location line="+107"/>
        <source>Could not open the long article %1.</source>
        <translation>Der lange Artikel %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="-104"/>
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
        <location line="+49"/>
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
        <location line="+27"/>
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
        <source>one letter typed before each save into article %1 (%2 paragraphs); every save writes a revision.</source>
        <translation>vor jedem Speichern ein Buchstabe in Artikel %1 getippt (%2 Absätze); jedes Speichern schreibt eine Revision.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
        <source>reading back the state it replaces, as the CLI and imports save.</source>
        <translation>mit Zurücklesen des ersetzten Stands, wie die CLI und Importe speichern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ArticleStore::save over the editor&apos;s copy, one paragraph changed</source>
        <translation>ArticleStore::save über die Kopie des Editors, ein Absatz geändert</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>HeadlineMissingRule</name>
    <message>
        <location filename="../app/core/review/HeadlineMissingRule.cpp" line="+17"/>
        <source>The article has no headline.</source>
        <translation>Der Artikel hat keine Schlagzeile.</translation>
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
        <location line="+12"/>
        <source>&amp;Audit trail</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changes, verifications and review decisions on this article, newest first</source>
        <translation>Statusänderungen, Bestätigungen und Prüfentscheidungen zu diesem Artikel, neueste zuerst</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../app/widgets/HistoryInspector.cpp" line="-55"/>
        <source>Restore Version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Reading the history failed: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the audit trail failed: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Restore version %1 of this article?</source>
        <translation>Version %1 dieses Artikels wiederherstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The headline, summary, byline, body and meta titles of version %1 become the current content, saved as a new version. The current text stays in the history, and unsaved changes are saved first.</source>
        <translation>Schlagzeile, Zusammenfassung, Autorenzeile, Text und Meta-Titel von Version %1 werden zum aktuellen Inhalt und als neue Version gespeichert. Der aktuelle Text bleibt im Verlauf erhalten; nicht gespeicherte Änderungen werden vorher gespeichert.</translation>
    </message>
    <message>
        <location line="+24"/>
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
    <name>HtmlExporter</name>
    <message>
        <location filename="../app/core/HtmlExporter.cpp" line="+519"/>
        <source>%1, %2 UTC</source>
        <comment>date, time of an exported article</comment>
        <translation>%1, %2 UTC</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No time to read? Get a summary</source>
        <translation>Keine Zeit zum Lesen? Hier die Zusammenfassung</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+150"/>
        <location line="+69"/>
        <source>Untitled article</source>
        <translation>Artikel ohne Schlagzeile</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>(Source: %1)</source>
        <translation>(Quelle: %1)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>More articles</source>
        <translation>Weitere Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous article</source>
        <translation>Vorheriger Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next article</source>
        <translation>Nächster Artikel</translation>
    </message>
</context>
<context>
    <name>HttpPoster</name>
    <message>
        <location filename="../app/publish/HttpPoster.cpp" line="+103"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 antwortete mit HTTP %2 %3</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HunspellDictionary</name>
    <message>
        <location filename="../app/spelling/HunspellDictionary.cpp" line="+46"/>
        <source>Cannot read the spelling dictionary file %1.</source>
        <translation>Die Wörterbuchdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spelling dictionary %1 declares the encoding &quot;%2&quot;, which is not supported.</source>
        <translation>Das Rechtschreibwörterbuch %1 gibt die Kodierung „%2“ an, die nicht unterstützt wird.</translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <location filename="../app/core/ImportedArticle.cpp" line="+24"/>
        <source>the file is %1 bytes; an article file may be at most %2 MiB (%3 bytes)</source>
        <translation>die Datei ist %1 Byte groß; eine Artikeldatei darf höchstens %2 MiB (%3 Byte) groß sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 ist %2 Zeichen lang; erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the article has more than %1 body paragraphs, the most an import accepts</source>
        <translation>der Artikel hat mehr als %1 Absätze im Text, die Höchstzahl für einen Import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UTF-32 (little-endian)</source>
        <translation>UTF-32 (Little Endian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-32 (big-endian)</source>
        <translation>UTF-32 (Big Endian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UTF-16 (little-endian, without a byte order mark)</source>
        <translation>UTF-16 (Little Endian, ohne Byte-Order-Mark)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-16 (big-endian, without a byte order mark)</source>
        <translation>UTF-16 (Big Endian, ohne Byte-Order-Mark)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is encoded in %1; save it as UTF-8</source>
        <translation>die Datei ist in %1 kodiert; speichern Sie sie als UTF-8</translation>
    </message>
</context>
<context>
    <name>LibraryTransfer</name>
    <message>
        <location filename="../app/storage/LibraryTransfer.cpp" line="+66"/>
        <source>%1 has schema version %2 but %3 has %4; open both with this Copydesk first.</source>
        <translation>%1 hat die Schemaversion %2, aber %3 hat %4; öffnen Sie zuerst beide mit dieser Copydesk-Version.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking that the target is empty</source>
        <translation>Prüfen, ob das Ziel leer ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not empty (its table %2 has %3 rows); migrate copies into a new or empty database only, nothing was changed.</source>
        <translation>%1 ist nicht leer (die Tabelle %2 hat %3 Zeilen); migrate kopiert nur in eine neue oder leere Datenbank, es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>copying rows as they are (the newsroom rules are installed)</source>
        <translation>Kopieren der Zeilen, wie sie sind (die Redaktionsregeln sind installiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrate into the database before running init, or as a superuser.</source>
        <translation>Migrieren Sie in die Datenbank, bevor Sie init ausführen, oder als Superuser.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The copy of table %1 differs (%2 rows, checksum %3 in %4; %5 rows, checksum %6 in %7); nothing was copied.</source>
        <translation>Die Kopie der Tabelle %1 weicht ab (%2 Zeilen, Prüfsumme %3 in %4; %5 Zeilen, Prüfsumme %6 in %7); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>analyzing the copied tables</source>
        <translation>Analysieren der kopierten Tabellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no table %2.</source>
        <translation>%1 hat keine Tabelle %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>reading table %1</source>
        <translation>Lesen der Tabelle %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>copying table %1</source>
        <translation>Kopieren der Tabelle %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the links between articles</source>
        <translation>Lesen der Verknüpfungen zwischen Artikeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copying the links between articles</source>
        <translation>Kopieren der Verknüpfungen zwischen Artikeln</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>building the search index</source>
        <translation>Aufbauen des Suchindex</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setting the id counter of %1</source>
        <translation>Setzen des ID-Zählers von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checksumming table %1</source>
        <translation>Berechnen der Prüfsumme von Tabelle %1</translation>
    </message>
</context>
<context>
    <name>LinkBrokenRule</name>
    <message>
        <location filename="../app/core/review/LinkBrokenRule.cpp" line="+29"/>
        <source>The next-article link points to “%1”, which no longer exists.</source>
        <translation>Die Verknüpfung zum nächsten Artikel zeigt auf „%1“, den es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous-article link points to “%1”, which no longer exists.</source>
        <translation>Die Verknüpfung zum vorherigen Artikel zeigt auf „%1“, den es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The next article, “%1”, has no previous-article link back to this one.</source>
        <translation>Der nächste Artikel, „%1“, verweist nicht als vorheriger Artikel auf diesen zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next article, “%1”, links back to another article (id %2) as its previous one.</source>
        <translation>Der nächste Artikel, „%1“, verweist als vorherigen Artikel auf einen anderen Artikel (ID %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous article, “%1”, has no next-article link back to this one.</source>
        <translation>Der vorherige Artikel, „%1“, verweist nicht als nächster Artikel auf diesen zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous article, “%1”, links back to another article (id %2) as its next one.</source>
        <translation>Der vorherige Artikel, „%1“, verweist als nächsten Artikel auf einen anderen Artikel (ID %2).</translation>
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
    <name>LinkCycleRule</name>
    <message>
        <location filename="../app/core/review/LinkCycleRule.cpp" line="+67"/>
        <source>The previous-article link points to this article.</source>
        <translation>Die Verknüpfung zum vorherigen Artikel zeigt auf diesen Artikel selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next-article link points to this article.</source>
        <translation>Die Verknüpfung zum nächsten Artikel zeigt auf diesen Artikel selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is both the previous and the next article, so the chain loops.</source>
        <translation>„%1“ ist zugleich vorheriger und nächster Artikel, die Kette bildet also eine Schleife.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Following the next-article links from this article comes back to it: the chain loops.</source>
        <translation>Wer den Verknüpfungen zum nächsten Artikel von hier aus folgt, kommt zu diesem Artikel zurück: Die Kette bildet eine Schleife.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Following the previous-article links from this article comes back to it: the chain loops.</source>
        <translation>Wer den Verknüpfungen zum vorherigen Artikel von hier aus folgt, kommt zu diesem Artikel zurück: Die Kette bildet eine Schleife.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chain of next-article links after this article loops without ending.</source>
        <translation>Die Kette der Verknüpfungen zum nächsten Artikel nach diesem Artikel bildet eine endlose Schleife.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain of previous-article links before this article loops without ending.</source>
        <translation>Die Kette der Verknüpfungen zum vorherigen Artikel vor diesem Artikel bildet eine endlose Schleife.</translation>
    </message>
</context>
<context>
    <name>LinkTargetStatusRule</name>
    <message>
        <location filename="../app/core/review/LinkTargetStatusRule.cpp" line="+33"/>
        <source>The next article, “%1”, is not approved or published (status: %2).</source>
        <translation>Der nächste Artikel, „%1“, ist weder freigegeben noch veröffentlicht (Status: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous article, “%1”, is not approved or published (status: %2).</source>
        <translation>Der vorherige Artikel, „%1“, ist weder freigegeben noch veröffentlicht (Status: %2).</translation>
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
        <location filename="../app/widgets/LinksInspector.cpp" line="+249"/>
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
        <location line="+37"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="-34"/>
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
        <location line="+31"/>
        <source>&amp;Article</source>
        <translation>Ar&amp;tikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>&amp;Connect to Newsroom Server…</source>
        <translation>Mit Redaktionsserver &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work in your newsroom&apos;s shared PostgreSQL database</source>
        <translation>In der gemeinsamen PostgreSQL-Datenbank Ihrer Redaktion arbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Review Queue</source>
        <translation>&amp;Prüfwarteschlange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review Queue: the articles in review, the longest waiting first</source>
        <translation>Prüfwarteschlange: die Artikel in Prüfung, die am längsten wartenden zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the articles waiting for review, the longest waiting first; turn off to return to the previous list</source>
        <translation>Die Artikel auflisten, die auf Prüfung warten, die am längsten wartenden zuerst; ausschalten, um zur vorherigen Liste zurückzukehren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Copydesk</source>
        <translation>Ü&amp;ber Copydesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/widgets/MainWindow.cpp" line="+82"/>
        <source>Copydesk databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Copydesk-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Server Password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newsroom server %1 needs your password. It is used for this connection only, never stored.</source>
        <translation>Der Redaktionsserver %1 benötigt Ihr Passwort. Es wird nur für diese Verbindung verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+470"/>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Take &amp;Over Article…</source>
        <translation>Artikel &amp;übernehmen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the lock of this article from the desk editing it (chiefs only)</source>
        <translation>Die Sperre dieses Artikels vom Arbeitsplatz übernehmen, der ihn bearbeitet (nur Chefredaktion)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not list the articles: %1</source>
        <translation>Die Artikel konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+172"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Your changes to this article could not be saved, so Copydesk stays open to keep them.

%1

Fix the problem (for example free disk space or make the database writable) and close again, or copy your text elsewhere.</source>
        <translation>Ihre Änderungen an diesem Artikel konnten nicht gespeichert werden; Copydesk bleibt deshalb geöffnet, damit sie erhalten bleiben.

%1

Beheben Sie das Problem (etwa Speicherplatz freigeben oder die Datenbank beschreibbar machen) und schließen Sie erneut, oder kopieren Sie Ihren Text an einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The open article could not be saved: %1</source>
        <translation>Der geöffnete Artikel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>The article you are editing could not be saved, so it stays open.

%1</source>
        <translation>Der Artikel, den Sie bearbeiten, konnte nicht gespeichert werden und bleibt deshalb geöffnet.

%1</translation>
    </message>
    <message>
        <location line="+166"/>
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
        <location line="+30"/>
        <source>Locked by %1 since %2</source>
        <translation>Gesperrt von %1 seit %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not lock the article: %1</source>
        <translation>Der Artikel konnte nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not release the article&apos;s lock: %1</source>
        <translation>Die Sperre des Artikels konnte nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take Over…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not renew the article&apos;s lock: %1</source>
        <translation>Die Sperre des Artikels konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 took over this article; edits you had not saved were saved as a version first. It is read-only now.</source>
        <translation>%1 hat diesen Artikel übernommen; Ihre ungespeicherten Änderungen wurden zuvor als Version gespeichert. Er ist jetzt schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Take Over Article</source>
        <translation>Artikel übernehmen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1. Take the article over?</source>
        <translation>%1. Den Artikel übernehmen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their unsaved edits are saved as a new version first, and their editor becomes read-only.</source>
        <translation>Die ungespeicherten Änderungen werden zuvor als neue Version gespeichert, und der andere Editor wird schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take Over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not take the article over.

%1</source>
        <translation>Der Artikel konnte nicht übernommen werden.

%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You took the article over from %1; their unsaved edits were saved as a new version first.</source>
        <translation>Sie haben den Artikel von %1 übernommen; die ungespeicherten Änderungen wurden zuvor als neue Version gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You took the article over from %1.</source>
        <translation>Sie haben den Artikel von %1 übernommen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This article was deleted at another desk.</source>
        <translation>Dieser Artikel wurde an einem anderen Arbeitsplatz gelöscht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 closed the article; you can edit it now.</source>
        <translation>%1 hat den Artikel geschlossen; Sie können ihn jetzt bearbeiten.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+8"/>
        <source>Delete Article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete “%1” and its whole history? Its previous and next articles are unlinked from it. This cannot be undone.</source>
        <translation>„%1“ samt seinem gesamten Verlauf löschen? Die Verknüpfungen zum vorherigen und nächsten Artikel werden gelöst. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not delete the article.

%1</source>
        <translation>Der Artikel konnte nicht gelöscht werden.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Articles (*.txt *.json);;Plain-text articles (*.txt);;ninjs (*.json);;All files (*)</source>
        <translation>Artikel (*.txt *.json);;Klartext-Artikel (*.txt);;ninjs (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
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
        <location line="+46"/>
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
    <message>
        <location line="+42"/>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newsroom server %1 decides who you are: you work as its login %2, %3. The name and role in Preferences apply to local databases only.</source>
        <translation>Der Redaktionsserver %1 bestimmt, wer Sie sind: Sie arbeiten als seine Anmeldung %2, %3. Name und Rolle in den Einstellungen gelten nur für lokale Datenbanken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No newsroom role</source>
        <translation>Keine Redaktionsrolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You work as %1, %2. Change your name and role in Preferences.</source>
        <translation>Sie arbeiten als %1 (Rolle: %2). Name und Rolle ändern Sie in den Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
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
        <location line="+44"/>
        <source>Copydesk could not connect to the newsroom server.

%1</source>
        <translation>Copydesk konnte keine Verbindung zum Redaktionsserver herstellen.

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copydesk could not connect to the newsroom server %1.

%2</source>
        <translation>Copydesk konnte keine Verbindung zum Redaktionsserver %1 herstellen.

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Copydesk could not open %1.

%2</source>
        <translation>Copydesk konnte %1 nicht öffnen.

%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="-1022"/>
        <source>No articles match the search.</source>
        <translation>Keine Artikel entsprechen der Suche.</translation>
    </message>
    <message>
        <location line="-411"/>
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
        <location line="+94"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen:</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>This database has no articles yet.</source>
        <translation>Diese Datenbank enthält noch keine Artikel.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+401"/>
        <source>Could not load the article: %1</source>
        <translation>Der Artikel konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Article count unavailable</source>
        <translation>Artikelanzahl nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <location line="+69"/>
        <source>Cannot Connect to Server</source>
        <translation>Verbindung zum Server nicht möglich</translation>
    </message>
    <message>
        <location line="+96"/>
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
        <location filename="../app/widgets/MetaTitleInspector.cpp" line="+41"/>
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
        <location line="+122"/>
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
        <location filename="../app/models/MetaTitleModel.cpp" line="+121"/>
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
    <name>NewsroomServer</name>
    <message>
        <location filename="../app/storage/NewsroomServer.cpp" line="+140"/>
        <source>%1: init sets up a shared PostgreSQL database; an SQLite file needs none.</source>
        <translation>%1: init richtet eine gemeinsame PostgreSQL-Datenbank ein; eine SQLite-Datei braucht das nicht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the schema name</source>
        <translation>Lesen des Schemanamens</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>setting up the newsroom roles and rules</source>
        <translation>Einrichten der Redaktionsrollen und -regeln</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>reading who is logged in</source>
        <translation>Ermitteln der Anmeldung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the login %2 has none of the Copydesk roles (%3, %4, %5); ask the newsroom&apos;s database administrator to grant one.</source>
        <translation>%1: Die Anmeldung %2 hat keine der Copydesk-Rollen (%3, %4, %5); bitten Sie die Datenbankadministration der Redaktion, eine zu vergeben.</translation>
    </message>
</context>
<context>
    <name>NinjsCodec</name>
    <message>
        <location filename="../app/core/NinjsCodec.cpp" line="+367"/>
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
        <location line="+481"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the key &quot;%1&quot; appears twice in the same object</source>
        <translation>der Schlüssel „%1“ kommt im selben Objekt zweimal vor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a ninjs object, got %1</source>
        <translation>erwartet: ein ninjs-Objekt, erhalten: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 contains a NUL character (U+0000)</source>
        <translation>%1 enthält ein NUL-Zeichen (U+0000)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 contains an unpaired surrogate (\u%2), which is not a character</source>
        <translation>%1 enthält ein unpaariges Surrogat (\u%2), das kein Zeichen ist</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected &quot;ninjs&quot;, got &quot;%1&quot;</source>
        <translation>erwartet: „ninjs“, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uri</source>
        <translation>die URI</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+201"/>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>„%1“ ist keine absolute URI</translation>
    </message>
    <message>
        <location line="-188"/>
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
        <location line="+14"/>
        <source>byline</source>
        <translation>die Autorenzeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slugline</source>
        <translation>der Slug</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>headline</source>
        <translation>die Schlagzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meta title</source>
        <translation>der Meta-Titel</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+11"/>
        <source>summary</source>
        <translation>die Zusammenfassung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a second summary</source>
        <translation>eine zweite Zusammenfassung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a second main body</source>
        <translation>ein zweiter Haupttext</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body</source>
        <translation>der Text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unsupported content type &quot;%1&quot; (expected text/html or text/plain)</source>
        <translation>nicht unterstützter Inhaltstyp „%1“ (erwartet: text/html oder text/plain)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, paragraph %1</source>
        <translation>, Absatz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paragraph</source>
        <translation>der Absatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>source name</source>
        <translation>der Name der Quelle</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>PersonalDictionary</name>
    <message>
        <location filename="../app/spelling/PersonalDictionary.cpp" line="+37"/>
        <source>Cannot read the personal dictionary %1: it is a folder, not a file.</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht gelesen werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Cannot read the personal dictionary %1: %2</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the personal dictionary %1: line %2 is not UTF-8 text. Convert the file to UTF-8.</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht gelesen werden: Zeile %2 ist kein UTF-8-Text. Konvertieren Sie die Datei nach UTF-8.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Your change is not saved, so the file stays as it is.</source>
        <translation>%1 Ihre Änderung wird nicht gespeichert, die Datei bleibt also unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1 for the personal dictionary.</source>
        <translation>Der Ordner %1 für das persönliche Wörterbuch kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Cannot write the personal dictionary %1: %2</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; cannot be added to the personal dictionary: a word must not be empty or contain spaces.</source>
        <translation>„%1“ kann nicht zum persönlichen Wörterbuch hinzugefügt werden: Ein Wort darf nicht leer sein und keine Leerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>PlaceholderRule</name>
    <message>
        <location filename="../app/core/review/PlaceholderRule.cpp" line="+129"/>
        <source>Placeholder text “%1” in %2.</source>
        <translation>Platzhaltertext „%1“ (%2).</translation>
    </message>
</context>
<context>
    <name>PlainTextImporter</name>
    <message>
        <location filename="../app/core/PlainTextImporter.cpp" line="+192"/>
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
        <location line="+15"/>
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
        <location line="+10"/>
        <source>headline</source>
        <translation>die Schlagzeile</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the %1 field is given twice (first on line %2)</source>
        <translation>das Feld %1 ist zweimal angegeben (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the %1 field is empty</source>
        <translation>das Feld %1 ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 field</source>
        <translation>das Feld %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47, such as en-US or fr)</source>
        <translation>„%1“ ist kein Sprach-Tag (BCP 47, etwa en-US oder fr)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>paragraph</source>
        <translation>der Absatz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the source marker names no source</source>
        <translation>die Quellenmarkierung nennt keine Quelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the source marker has no paragraph text before it; put it at the end of the paragraph it attributes</source>
        <translation>vor der Quellenmarkierung steht kein Absatztext; setzen Sie sie an das Ende des Absatzes, den sie belegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source name</source>
        <translation>der Name der Quelle</translation>
    </message>
</context>
<context>
    <name>PluralSourcesRule</name>
    <message>
        <location filename="../app/core/review/PluralSourcesRule.cpp" line="+96"/>
        <source>“%1” in %2, but the paragraph cites only one source, “%3”.</source>
        <translation>„%1“ (%2), aber der Absatz nennt nur eine Quelle: „%3“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” in %2, but the article cites only one source, “%3”.</source>
        <translation>„%1“ (%2), aber der Artikel nennt nur eine Quelle: „%3“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” in %2, but the article cites no source.</source>
        <translation>„%1“ (%2), aber der Artikel nennt keine Quelle.</translation>
    </message>
</context>
<context>
    <name>PosixFileBatch</name>
    <message>
        <location filename="../app/bench/PosixFileBatch.cpp" line="+33"/>
        <location line="+38"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot close %1</source>
        <translation>%1 kann nicht geschlossen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>cannot sync %1 to disk</source>
        <translation>%1 kann nicht auf die Platte geschrieben werden</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot rename to %1</source>
        <translation>Umbenennen in %1 nicht möglich</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>needs Linux (syncfs)</source>
        <translation>braucht Linux (syncfs)</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <location filename="../app/storage/PostgresAddress.cpp" line="+38"/>
        <source>%1: is not a valid PostgreSQL URL (expected postgresql://user@host:port/database).</source>
        <translation>%1: ist keine gültige PostgreSQL-URL (erwartet: postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: names no database (expected postgresql://user@host:port/database).</source>
        <translation>%1: nennt keine Datenbank (erwartet: postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the port “%2” is not a number.</source>
        <translation>%1: Der Port „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the value of %2 may not contain ; or &apos;.</source>
        <translation>%1: Der Wert von %2 darf weder ; noch &apos; enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown connection option “%2”.</source>
        <translation>%1: unbekannte Verbindungsoption „%2“.</translation>
    </message>
</context>
<context>
    <name>PostgresBench</name>
    <message>
        <location filename="../app/bench/PostgresBench.cpp" line="+138"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--postgres: %1 is not a postgresql:// URL.</source>
        <translation>--postgres: %1 ist keine postgresql://-URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>counting the articles of %1</source>
        <translation>Zählen der Artikel von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already holds %2 articles. The postgres benchmark fills an empty database and deletes nothing: create a new one (CREATE DATABASE ...) and pass its URL.</source>
        <translation>%1 enthält bereits %2 Artikel. Der postgres-Benchmark füllt eine leere Datenbank und löscht nichts: Legen Sie eine neue an (CREATE DATABASE ...) und übergeben Sie ihre URL.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>PostgreSQL %1 at %2 (fsync %3, synchronous_commit %4, full_page_writes %5, shared_buffers %6)</source>
        <translation>PostgreSQL %1 auf %2 (fsync %3, synchronous_commit %4, full_page_writes %5, shared_buffers %6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>: durability is off on this server, so the write figures are better than a production server with durable commits would give</source>
        <translation>: Die Dauerhaftigkeit ist auf diesem Server abgeschaltet, daher sind die Schreibwerte besser, als ein Produktionsserver mit dauerhaften Commits sie liefern würde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postgres: %1</source>
        <translation>postgres: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>postgres: generating and importing %1 articles in batches of %2…</source>
        <translation>postgres: Erzeugen und Importieren von %1 Artikeln in Stapeln zu %2…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>importing into PostgreSQL</source>
        <translation>Importieren in PostgreSQL</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>linking</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>postgres:   %1 articles imported (%2 articles/s so far)</source>
        <translation>postgres:   %1 Artikel importiert (bisher %2 Artikel/s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PostgreSQL: import %1 articles (importArticles, %2 per call)</source>
        <translation>PostgreSQL: %1 Artikel importieren (importArticles, %2 pro Aufruf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one transaction per call; %1 ms per call; then %2 link() calls at %3 ms each (not in the rate); database %4 MB afterwards; %5</source>
        <translation>eine Transaktion pro Aufruf; %1 ms pro Aufruf; danach %2 link()-Aufrufe zu je %3 ms (nicht in der Rate); Datenbank danach %4 MB; %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>postgres: load, 1,000 random articles…</source>
        <translation>postgres: Laden, 1.000 zufällige Artikel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+24"/>
        <location line="+107"/>
        <location line="+54"/>
        <source>load %1</source>
        <translation>load %1</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>PostgreSQL: load one random article (%1 articles)</source>
        <translation>PostgreSQL: einen zufälligen Artikel laden (%1 Artikel)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>postgres: save one edited paragraph, 500 random articles…</source>
        <translation>postgres: einen bearbeiteten Absatz speichern, 500 zufällige Artikel…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL: save one edited paragraph (save())</source>
        <translation>PostgreSQL: einen bearbeiteten Absatz speichern (save())</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save() reads the stored article back in its transaction, writes the revision, the article row, the paragraph and the search text</source>
        <translation>save() liest den gespeicherten Artikel in seiner Transaktion zurück und schreibt die Revision, die Artikelzeile, den Absatz und den Suchtext</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>postgres: ANALYZE…</source>
        <translation>postgres: ANALYZE…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ANALYZE failed: %1</source>
        <translation>ANALYZE fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL: ANALYZE once</source>
        <translation>PostgreSQL: ANALYZE einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gives the planner the statistics of the imported library, as autovacuum does in the background a while after a bulk import</source>
        <translation>liefert dem Planer die Statistiken der importierten Bibliothek, wie es Autovacuum einige Zeit nach einem Massenimport im Hintergrund tut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PostgreSQL: search top 50: common word “%1”</source>
        <translation>PostgreSQL: Suche Top 50: häufiges Wort „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL: search top 50: rare proper noun “%1”</source>
        <translation>PostgreSQL: Suche Top 50: seltener Eigenname „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL: search top 50: two words “%1”</source>
        <translation>PostgreSQL: Suche Top 50: zwei Wörter „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, after ANALYZE</source>
        <translation>, nach ANALYZE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, right after the import</source>
        <translation>, direkt nach dem Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postgres: search “%1”%2…</source>
        <translation>postgres: Suche „%1“%2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>count “%1”</source>
        <translation>zählen „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search “%1”</source>
        <translation>suchen „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search “%1” returned the wrong number of rows</source>
        <translation>die Suche „%1“ hat die falsche Anzahl Zeilen geliefert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 matching articles</source>
        <translation>%1 passende Artikel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>postgres: %1 clients, each with its own connection, saving %2 times among %3 shared articles…</source>
        <translation>postgres: %1 Clients, jeder mit eigener Verbindung, speichern %2-mal unter %3 gemeinsamen Artikeln…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>postgres: verifying the %1 successful saves…</source>
        <translation>postgres: Überprüfen der %1 erfolgreichen Speichervorgänge…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>reading the revisions of article %1: %2</source>
        <translation>Lesen der Revisionen von Artikel %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PostgreSQL: %1 clients saving %2 shared articles (saves/s, all clients)</source>
        <translation>PostgreSQL: %1 Clients speichern %2 gemeinsame Artikel (Speichervorgänge/s, alle Clients)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 successful saves in %2 s (%3 per client, each load + edit of one paragraph + save() on its own connection); %4 Conflicts reloaded and retried (%5 per successful save); %6 other save errors%7</source>
        <translation>%1 erfolgreiche Speichervorgänge in %2 s (%3 pro Client, jeweils Laden + Bearbeiten eines Absatzes + save() über die eigene Verbindung); %4 Konflikte neu geladen und wiederholt (%5 pro erfolgreichem Speichervorgang); %6 andere Speicherfehler%7</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, also retried (the first: %1)</source>
        <translation>, ebenfalls wiederholt (der erste: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL: a successful save() among %1 concurrent clients</source>
        <translation>PostgreSQL: ein erfolgreiches save() unter %1 gleichzeitigen Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save() alone, not the load before it; retried attempts are not counted</source>
        <translation>nur save(), nicht das Laden davor; wiederholte Versuche werden nicht gezählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL concurrent saves: lost updates: %1 (of %2 successful saves, each checked for its marker in the version it produced: a revision or the current text); articles whose final version is not the first plus their successful saves: %3</source>
        <translation>Gleichzeitiges Speichern in PostgreSQL: verlorene Änderungen: %1 (von %2 erfolgreichen Speichervorgängen, jeder auf seine Markierung in der erzeugten Version geprüft: einer Revision oder dem aktuellen Text); Artikel, deren Endversion nicht der ersten plus ihren erfolgreichen Speichervorgängen entspricht: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>postgres: lost updates: %1</source>
        <translation>postgres: verlorene Änderungen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lost updates under concurrent saves (%2 articles with an unexpected final version)</source>
        <translation>%1 verlorene Änderungen bei gleichzeitigem Speichern (%2 Artikel mit unerwarteter Endversion)</translation>
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
        <location line="+5"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as the writer, editor or reviewer of what you do; empty uses your login name</source>
        <translation>Wird bei allem, was Sie tun, als Autor, Bearbeiter oder Prüfer vermerkt; ohne Angabe gilt Ihr Anmeldename</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the role may do</source>
        <translation>Was die Rolle darf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set by the environment</source>
        <translation>Durch die Umgebung festgelegt</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Release my article &amp;locks after:</source>
        <translation>Meine Artikelsperren &amp;freigeben nach:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min idle</source>
        <translation> min Untätigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another desk may take an article you have open once you have been idle this long; your unsaved edits are saved as a version first.</source>
        <translation>Ein anderer Arbeitsplatz darf einen Artikel übernehmen, den Sie geöffnet haben, sobald Sie so lange untätig waren; Ihre ungespeicherten Änderungen werden zuvor als Version gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle minutes before another desk may take your article locks</source>
        <translation>Minuten Untätigkeit, nach denen ein anderer Arbeitsplatz Ihre Artikelsperren übernehmen darf</translation>
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
        <location line="+13"/>
        <source>Dictionaries</source>
        <translation>Wörterbücher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/widgets/PreferencesDialog.cpp" line="+32"/>
        <source>Verifies sources, requests changes, approves and publishes other people&apos;s articles.</source>
        <translation>Bestätigt Quellen, fordert Änderungen an, gibt Artikel anderer frei und veröffentlicht sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything a reviewer does, and may approve over blocking findings with a written reason.</source>
        <translation>Alles, was ein Prüfer tut; darf außerdem trotz blockierender Befunde mit schriftlicher Begründung freigeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes and edits articles and sends them to review.</source>
        <translation>Schreibt und bearbeitet Artikel und sendet sie zur Prüfung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The article URL base must be an http or https address, such as https://news.example.com/.</source>
        <translation>Die URL-Basis der Artikel muss eine http- oder https-Adresse sein, etwa https://news.example.com/.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The newsroom server %1 decides who you are: its login and role. Your own name and role apply again when you open a local database.</source>
        <translation>Der Redaktionsserver %1 bestimmt, wer Sie sind: seine Anmeldung und Rolle. Ihr eigener Name und Ihre Rolle gelten wieder, wenn Sie eine lokale Datenbank öffnen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your name and role are set by the environment (COPYDESK_USER and COPYDESK_ROLE) and cannot be changed here.</source>
        <translation>Ihr Name und Ihre Rolle sind durch die Umgebung festgelegt (COPYDESK_USER und COPYDESK_ROLE) und können hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is set by the environment (COPYDESK_USER) and cannot be changed here.</source>
        <translation>Ihr Name ist durch die Umgebung festgelegt (COPYDESK_USER) und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role is set by the environment (COPYDESK_ROLE) and cannot be changed here.</source>
        <translation>Ihre Rolle ist durch die Umgebung festgelegt (COPYDESK_ROLE) und kann hier nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>PublicationModel</name>
    <message>
        <location filename="../app/models/PublicationModel.cpp" line="+80"/>
        <source>canceled</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>usable</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>PublishBench</name>
    <message>
        <location filename="../app/bench/PublishBench.cpp" line="+41"/>
        <source>publish: %1 approved articles…</source>
        <translation>publish: %1 freigegebene Artikel…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>approving the articles: </source>
        <translation>Freigeben der Artikel: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the loopback endpoint could not listen</source>
        <translation>der Loopback-Endpunkt konnte nicht auf Verbindungen warten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>article %1 was not published: %2</source>
        <translation>Artikel %1 wurde nicht veröffentlicht: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>publish: %1 articles to %2…</source>
        <translation>publish: %1 Artikel an %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>publish %1 approved articles to a loopback HTTP endpoint</source>
        <translation>Veröffentlichen von %1 freigegebenen Artikeln an einen Loopback-HTTP-Endpunkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publisher as copydesk-cli publish: load, ninjs, POST (up to 6 at once over %1 kept-alive connections for %2 requests), then record the deliveries and move the articles to published, 64 to a transaction</source>
        <translation>Publisher wie copydesk-cli publish: Laden, ninjs, POST (bis zu 6 gleichzeitig über %1 Keep-Alive-Verbindungen für %2 Anfragen), dann die Zustellungen vermerken und die Artikel auf „veröffentlicht“ setzen, 64 pro Transaktion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>publish: %1 articles to a hot folder…</source>
        <translation>publish: %1 Artikel in einen Hotfolder…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>publish %1 articles to a hot folder (ninjs)</source>
        <translation>Veröffentlichen von %1 Artikeln in einen Hotfolder (ninjs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each file written with QSaveFile (its own fsync), as a hot folder needs</source>
        <translation>jede Datei mit QSaveFile geschrieben (mit eigenem fsync), wie es ein Hotfolder braucht</translation>
    </message>
</context>
<context>
    <name>PublishDestination</name>
    <message>
        <location filename="../app/core/PublishDestination.cpp" line="+28"/>
        <source>A destination needs a name.</source>
        <translation>Ein Ziel braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination “%1” needs a folder.</source>
        <translation>Ziel „%1“ braucht einen Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination “%1” needs a URL.</source>
        <translation>Ziel „%1“ braucht eine URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination “%1”: the folder “%2” is not an absolute path.</source>
        <translation>Ziel „%1“: Der Ordner „%2“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination “%1”: “%2” is not an http or https URL.</source>
        <translation>Ziel „%1“: „%2“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination “%1”: an HTTP endpoint receives ninjs documents.</source>
        <translation>Ziel „%1“: Ein HTTP-Endpunkt empfängt ninjs-Dokumente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination “%1”: the timeout must be between 0.1 and 600 seconds.</source>
        <translation>Ziel „%1“: Das Zeitlimit muss zwischen 0,1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination “%1”: retries must be between 0 and 10.</source>
        <translation>Ziel „%1“: Die Anzahl der Wiederholungen muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination “%1”: the header “%2” is not valid.</source>
        <translation>Ziel „%1“: Der Header „%2“ ist ungültig.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Header line %1 “%2” is not “Name: value”.</source>
        <translation>Header-Zeile %1 „%2“ hat nicht die Form „Name: Wert“.</translation>
    </message>
</context>
<context>
    <name>PublishStore</name>
    <message>
        <location filename="../app/storage/PublishStore.cpp" line="+45"/>
        <source>reading the publishing destinations</source>
        <translation>Lesen der Veröffentlichungsziele</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the publishing destination “%1”</source>
        <translation>Lesen des Veröffentlichungsziels „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no publishing destination “%1”.</source>
        <translation>Es gibt kein Veröffentlichungsziel „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking the destination name “%1”</source>
        <translation>Prüfen des Zielnamens „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a destination named “%1”.</source>
        <translation>Es gibt bereits ein Ziel namens „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving the destination “%1”</source>
        <translation>Speichern des Ziels „%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>There is no publishing destination %1.</source>
        <translation>Es gibt kein Veröffentlichungsziel %1.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>removing destination %1</source>
        <translation>Entfernen von Ziel %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>recording the publication of article %1</source>
        <translation>Vermerken der Veröffentlichung von Artikel %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>looking up the owner of %1</source>
        <translation>Suchen des Besitzers von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the publications of article %1</source>
        <translation>Lesen der Veröffentlichungen von Artikel %1</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../app/publish/Publisher.cpp" line="+59"/>
        <source>Publishing is already under way.</source>
        <translation>Die Veröffentlichung läuft bereits.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no publishing destination “%1”.</source>
        <translation>Es gibt kein Veröffentlichungsziel „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The publishing destination “%1” is disabled.</source>
        <translation>Das Veröffentlichungsziel „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No publishing destination is set up: add a folder or an HTTP endpoint in Preferences → Publishing, or with copydesk-cli destination add.</source>
        <translation>Es ist kein Veröffentlichungsziel eingerichtet: Fügen Sie unter Einstellungen → Veröffentlichen einen Ordner oder einen HTTP-Endpunkt hinzu oder verwenden Sie copydesk-cli destination add.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Article %1 is %2: only approved articles are published.</source>
        <translation>Artikel %1 hat den Status „%2“: Nur freigegebene Artikel werden veröffentlicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot publish: a reviewer or a chief publishes.</source>
        <translation>%1 kann nicht veröffentlichen: Das tun Prüfer oder Chefredakteure.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unpublished.</source>
        <translation>Veröffentlichung zurückgezogen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article %1 is %2: only a published article can be unpublished.</source>
        <translation>Artikel %1 hat den Status „%2“: Nur ein veröffentlichter Artikel kann zurückgezogen werden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot remove the page.</source>
        <translation>%1: Die Seite kann nicht entfernt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>removed %n page(s)</source>
        <translation>
            <numerusform>%n Seite entfernt</numerusform>
            <numerusform>%n Seiten entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: Die Datei kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PublishingController</name>
    <message>
        <location filename="../app/widgets/PublishingController.cpp" line="+51"/>
        <source>&amp;Publish</source>
        <translation>V&amp;eröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unpublish…</source>
        <translation>Veröffentlichung &amp;zurückziehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish All &amp;Approved</source>
        <translation>Alle &amp;freigegebenen veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;To</source>
        <translation>Veröffentlichen &amp;in</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <location line="+51"/>
        <location line="+49"/>
        <source>Unpublish</source>
        <translation>Veröffentlichung zurückziehen</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Send the article to every enabled destination that does not have this version</source>
        <translation>Den Artikel an jedes aktivierte Ziel senden, das diese Version noch nicht hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive the article and withdraw it (pubStatus canceled) wherever it was published</source>
        <translation>Den Artikel archivieren und überall zurückziehen (pubStatus canceled), wo er veröffentlicht wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish every approved article of the database</source>
        <translation>Alle freigegebenen Artikel der Datenbank veröffentlichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unpublish “%1”? It is archived, and every destination that has it receives a withdrawal (pubStatus canceled; a web page is removed).</source>
        <translation>Die Veröffentlichung von „%1“ zurückziehen? Der Artikel wird archiviert, und jedes Ziel, das ihn hat, erhält eine Rücknahme (pubStatus canceled; eine Webseite wird entfernt).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the article to one destination only</source>
        <translation>Den Artikel nur an ein Ziel senden</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 cannot publish: a reviewer or a chief publishes.</source>
        <translation>%1 kann nicht veröffentlichen: Das tun Prüfer oder Chefredakteure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an approved, published or corrected article is published.</source>
        <translation>Veröffentlicht wird nur ein freigegebener, veröffentlichter oder korrigierter Artikel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish (%1)</source>
        <translation>Veröffentlichen (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No enabled destination</source>
        <translation>Kein aktiviertes Ziel</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+40"/>
        <source>Your edits could not be saved, so nothing was published.</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden, daher wurde nichts veröffentlicht.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Publish All Approved</source>
        <translation>Alle freigegebenen veröffentlichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not list the approved articles.</source>
        <translation>Die freigegebenen Artikel konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No approved article is waiting to be published.</source>
        <translation>Kein freigegebener Artikel wartet auf Veröffentlichung.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your edits could not be saved, so nothing was unpublished.</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden, daher wurde nichts zurückgezogen.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Unpublishing %n article(s)…</source>
        <translation>
            <numerusform>Veröffentlichung von %n Artikel wird zurückgezogen…</numerusform>
            <numerusform>Veröffentlichung von %n Artikeln wird zurückgezogen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Publishing %n article(s)…</source>
        <translation>
            <numerusform>%n Artikel wird veröffentlicht…</numerusform>
            <numerusform>%n Artikel werden veröffentlicht…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <location line="+49"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Unpublished %1 of %2 articles</source>
        <translation>%1 von %2 Artikeln zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published %1 of %2 articles</source>
        <translation>%1 von %2 Artikeln veröffentlicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpublishing…</source>
        <translation>Veröffentlichung wird zurückgezogen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+36"/>
        <source>Unpublishing failed: %1</source>
        <translation>Zurückziehen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Publishing failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>“%1”: </source>
        <translation>„%1“: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n delivery(ies) of the withdrawal failed. Retry tries these again.</source>
        <translation>
            <numerusform>%n Zustellung der Rücknahme ist fehlgeschlagen. „Wiederholen“ versucht sie erneut.</numerusform>
            <numerusform>%n Zustellungen der Rücknahme sind fehlgeschlagen. „Wiederholen“ versucht sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery(ies) failed. The article stays approved until every destination has it; Retry tries only the destinations that failed.</source>
        <translation>
            <numerusform>%n Zustellung ist fehlgeschlagen. Der Artikel bleibt freigegeben, bis jedes Ziel ihn hat; „Wiederholen“ versucht nur die fehlgeschlagenen Ziele.</numerusform>
            <numerusform>%n Zustellungen sind fehlgeschlagen. Der Artikel bleibt freigegeben, bis jedes Ziel ihn hat; „Wiederholen“ versucht nur die fehlgeschlagenen Ziele.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpublishing Failed</source>
        <translation>Zurückziehen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publishing Failed</source>
        <translation>Veröffentlichen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not unpublished: %1</source>
        <translation>Nicht zurückgezogen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n article(s) could not be handled.</source>
        <translation>
            <numerusform>%n Artikel konnte nicht verarbeitet werden.</numerusform>
            <numerusform>%n Artikel konnten nicht verarbeitet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Stopped after %1 of %n article(s).</source>
        <translation>
            <numerusform>Angehalten nach %1 von %n Artikel.</numerusform>
            <numerusform>Angehalten nach %1 von %n Artikeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Unpublished %n article(s).</source>
        <translation>
            <numerusform>Veröffentlichung von %n Artikel zurückgezogen.</numerusform>
            <numerusform>Veröffentlichung von %n Artikeln zurückgezogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published %n article(s) to %1.</source>
        <translation>
            <numerusform>%n Artikel an %1 veröffentlicht.</numerusform>
            <numerusform>%n Artikel an %1 veröffentlicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpublished from %n destination(s).</source>
        <translation>
            <numerusform>Bei %n Ziel zurückgezogen.</numerusform>
            <numerusform>Bei %n Zielen zurückgezogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published to %n destination(s).</source>
        <translation>
            <numerusform>An %n Ziel veröffentlicht.</numerusform>
            <numerusform>An %n Ziele veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>PublishingInspector</name>
    <message>
        <location filename="../app/widgets/PublishingInspector.cpp" line="+20"/>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Publish the article again: only the destinations whose latest attempt failed are tried.</source>
        <translation>Den Artikel erneut veröffentlichen: Nur die Ziele, deren letzter Versuch fehlgeschlagen ist, werden versucht.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Withdrawal of version %1 from %2</source>
        <translation>Rücknahme von Version %1 bei %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 to %2</source>
        <translation>Version %1 an %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Fehlgeschlagen nach %n Versuch: %1</numerusform>
            <numerusform>Fehlgeschlagen nach %n Versuchen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 by %3: %4</source>
        <translation>%1, %2 von %3: %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No article is open.</source>
        <translation>Kein Artikel geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Die Zustellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not published yet.</source>
        <translation>Noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The latest delivery to %1 failed.</source>
        <translation>Die letzte Zustellung an %1 ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Withdrawn from %n destination(s).</source>
        <translation>
            <numerusform>Bei %n Ziel zurückgezogen.</numerusform>
            <numerusform>Bei %n Zielen zurückgezogen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delivered to %n destination(s).</source>
        <translation>
            <numerusform>An %n Ziel zugestellt.</numerusform>
            <numerusform>An %n Ziele zugestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishingPage</name>
    <message>
        <location filename="../ui/PublishingPage.ui" line="+9"/>
        <source>Article › Publish sends an approved article to every enabled destination. Destinations are stored in the open database, so every desk that works on it publishes to the same places.</source>
        <translation>Artikel › Veröffentlichen sendet einen freigegebenen Artikel an alle aktivierten Ziele. Die Ziele werden in der geöffneten Datenbank gespeichert, sodass jeder Arbeitsplatz, der mit ihr arbeitet, an dieselben Orte veröffentlicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing destinations</source>
        <translation>Veröffentlichungsziele</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/widgets/PublishingPage.cpp" line="+17"/>
        <source>Remove Destination</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open a database to set up where its articles are published.</source>
        <translation>Öffnen Sie eine Datenbank, um festzulegen, wohin ihre Artikel veröffentlicht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the destinations: %1</source>
        <translation>Die Ziele konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No destination is set up yet: nothing can be published.</source>
        <translation>Noch ist kein Ziel eingerichtet: Es kann nichts veröffentlicht werden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Remove the destination “%1”? Its record of deliveries goes with it; what was published there stays there.</source>
        <translation>Das Ziel „%1“ entfernen? Die Aufzeichnung seiner Zustellungen wird mit entfernt; was dort veröffentlicht wurde, bleibt dort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not remove “%1”: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>RepeatedWordRule</name>
    <message>
        <location filename="../app/core/review/RepeatedWordRule.cpp" line="+137"/>
        <source>“%1” is repeated in %2: “%3”.</source>
        <translation>Wortwiederholung „%1“ (%2): „%3“.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/bench/Report.cpp" line="+165"/>
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
        <location line="+50"/>
        <source>median/rate: median wall time per operation, or articles per second over the whole run. PASS* = the median meets the target, the p95 does not.
reference: the same work done by another program. Storage: the same statements run by the sqlite3 shell on the same file (mean per operation, process start-up subtracted). Spelling: the hunspell command named in the label on the same file (mean wall time of the whole process, like copydesk-cli&apos;s). ratio = Copydesk mean time / reference mean time (for rates: time per article).
</source>
        <translation>Median/Rate: Median der Laufzeit pro Vorgang oder Artikel pro Sekunde über den ganzen Lauf. OK* = der Median erreicht das Ziel, das p95 nicht.
Vergleich: dieselbe Arbeit, von einem anderen Programm erledigt. Speicher: dieselben Anweisungen, von der sqlite3-Shell auf derselben Datei ausgeführt (Mittelwert pro Vorgang, ohne Prozessstart). Rechtschreibung: der in der Bezeichnung genannte hunspell-Befehl auf derselben Datei (mittlere Laufzeit des ganzen Prozesses, wie bei copydesk-cli). Verhältnis = mittlere Zeit von Copydesk / mittlere Zeit des Vergleichs (bei Raten: Zeit pro Artikel).
</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reference</source>
        <translation>Vergleich</translation>
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
        <location line="+50"/>
        <location line="+6"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>ReviewAttributionModel</name>
    <message>
        <location filename="../app/models/ReviewAttributionModel.cpp" line="+173"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No source</source>
        <translation>Keine Quelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No attribution needed</source>
        <translation>Keine Quellenangabe nötig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unattributed</source>
        <translation>Ohne Quellenangabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymity approved: %1</source>
        <translation>Anonymität genehmigt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (anonymity approved: %2)</source>
        <translation>%1 (Anonymität genehmigt: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paragraph %1: %2</source>
        <translation>Absatz %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anonymity approved by %1: %2</source>
        <translation>Anonymität genehmigt von %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attribution needed (%1): %2</source>
        <translation>Keine Quellenangabe nötig (%1): %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paragraph</source>
        <translation>Absatz</translation>
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
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ReviewInspector</name>
    <message>
        <location filename="../ui/ReviewInspector.ui" line="+11"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article status</source>
        <translation>Artikelstatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You:</source>
        <translation>Sie:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name and role</source>
        <translation>Ihr Name und Ihre Rolle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workflow actions</source>
        <translation>Aktionen im Prüfablauf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why an action is not available</source>
        <translation>Warum eine Aktion nicht verfügbar ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Paragraphs and sources</source>
        <translation>Absätze und &amp;Quellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paragraphs and their sources</source>
        <translation>Absätze und ihre Quellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verify the selected source</source>
        <translation>Die ausgewählte Quelle bestätigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute the selected source</source>
        <translation>Die ausgewählte Quelle bestreiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous unchecked source</source>
        <translation>Vorherige ungeprüfte Quelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next unchecked source</source>
        <translation>Nächste ungeprüfte Quelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mark the paragraph as needing no attribution</source>
        <translation>Den Absatz als ohne Quellenangabe zulässig markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve the anonymous source</source>
        <translation>Die anonyme Quelle genehmigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/widgets/ReviewInspector.cpp" line="+748"/>
        <source>Fi&amp;ndings</source>
        <translation>Be&amp;funde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review findings by severity</source>
        <translation>Prüfbefunde nach Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../app/widgets/ReviewInspector.cpp" line="-665"/>
        <source>Mark the selected source as verified</source>
        <translation>Die ausgewählte Quelle als bestätigt markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verif&amp;y</source>
        <translation>B&amp;estätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dispute…</source>
        <translation>Bestreite&amp;n…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispute the selected source, with a note saying why</source>
        <translation>Die ausgewählte Quelle bestreiten, mit einer Notiz, die den Grund nennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Unchecked Source</source>
        <translation>Nächste ungeprüfte Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next unchecked source</source>
        <translation>Zur nächsten ungeprüften Quelle gehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Unchecked Source</source>
        <translation>Vorherige ungeprüfte Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous unchecked source</source>
        <translation>Zur vorherigen ungeprüften Quelle gehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+358"/>
        <source>No Attribution Needed…</source>
        <translation>Keine Quellenangabe nötig…</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Record why the selected paragraph needs no source (for example the reporter&apos;s own observation)</source>
        <translation>Festhalten, warum der ausgewählte Absatz keine Quelle braucht (zum Beispiel eine eigene Beobachtung des Reporters)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve Anonymous Source…</source>
        <translation>Anonyme Quelle genehmigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record why the selected anonymous source is acceptable</source>
        <translation>Festhalten, warum die ausgewählte anonyme Quelle vertretbar ist</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+90"/>
        <location line="+487"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move the article to “%1”</source>
        <translation>Den Artikel auf „%1“ setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n finding(s) block approval (%1).</source>
        <translation>
            <numerusform>%n Befund verhindert die Freigabe (%1).</numerusform>
            <numerusform>%n Befunde verhindern die Freigabe (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As chief you can approve anyway with a written reason.</source>
        <translation>Als Chefredakteur können Sie trotzdem mit schriftlicher Begründung freigeben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Which changes do you request? The editor sees this comment.</source>
        <translation>Welche Änderungen fordern Sie an? Der Redakteur sieht diesen Kommentar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment is required.</source>
        <translation>Ein Kommentar ist erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your edits to this article could not be saved, so its status was not changed.</source>
        <translation>Ihre Änderungen an diesem Artikel konnten nicht gespeichert werden; sein Status wurde daher nicht geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve Over Findings</source>
        <translation>Trotz Befunden freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

As chief you can approve anyway. Write why; the reason is kept in the article&apos;s audit trail.</source>
        <translation>%1

Als Chefredakteur können Sie trotzdem freigeben. Schreiben Sie, warum; die Begründung wird im Prüfprotokoll des Artikels festgehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+190"/>
        <location line="+39"/>
        <source>A reason is required.</source>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Only a reviewer or a chief can verify or dispute sources.</source>
        <translation>Nur Prüfer oder Chefredakteure können Quellen bestätigen oder bestreiten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Withdraw “No Attribution Needed”</source>
        <translation>„Keine Quellenangabe nötig“ zurücknehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the “no attribution needed” mark off the selected paragraph</source>
        <translation>Die Markierung „keine Quellenangabe nötig“ vom ausgewählten Absatz entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Every source has been checked.</source>
        <translation>Alle Quellen sind geprüft.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n source(s) checked</source>
        <translation>
            <numerusform>%1 von %n Quelle geprüft</numerusform>
            <numerusform>%1 von %n Quellen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dispute Source</source>
        <translation>Quelle bestreiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is “%1” disputed in paragraph %2? The editor sees this note.</source>
        <translation>Warum wird „%1“ in Absatz %2 bestritten? Der Redakteur sieht diese Notiz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note is required.</source>
        <translation>Eine Notiz ist erforderlich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify “%1”</source>
        <translation>Quelle „%1“ bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute “%1”</source>
        <translation>Quelle „%1“ bestreiten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No Attribution Needed</source>
        <translation>Keine Quellenangabe nötig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why does paragraph %1 need no source? For example: the reporter&apos;s own observation. The reason is shown to reviewers and kept in the audit trail.</source>
        <translation>Warum braucht Absatz %1 keine Quelle? Zum Beispiel: eine eigene Beobachtung des Reporters. Die Begründung wird Prüfern angezeigt und im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+36"/>
        <source>Your edits to this article could not be saved, so nothing was recorded.</source>
        <translation>Ihre Änderungen an diesem Artikel konnten nicht gespeichert werden; daher wurde nichts vermerkt.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Approve Anonymous Source</source>
        <translation>Anonyme Quelle genehmigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is the anonymous source “%1” acceptable in paragraph %2? The reason and your name are kept in the audit trail.</source>
        <translation>Warum ist die anonyme Quelle „%1“ in Absatz %2 vertretbar? Die Begründung und Ihr Name werden im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The findings could not be computed: %1</source>
        <translation>Die Befunde konnten nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks approval until it is resolved.</source>
        <translation>Verhindert die Freigabe, bis er behoben ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No findings: nothing stands in the way.</source>
        <translation>Keine Befunde: Nichts steht im Weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fi&amp;ndings (%1)</source>
        <translation>Be&amp;funde (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../app/storage/ReviewStore.cpp" line="+87"/>
        <source>reading the review decisions</source>
        <translation>Lesen der Prüfentscheidungen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Article %1 stays “%2”: %3</source>
        <translation>Artikel %1 bleibt „%2“: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>changing the status of article %1</source>
        <translation>Ändern des Status von Artikel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article %1 was changed by someone else meanwhile; its status was not changed.</source>
        <translation>Artikel %1 wurde inzwischen von jemand anderem geändert; sein Status wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Article %1 has no paragraph %2.</source>
        <translation>Artikel %1 hat keinen Absatz %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>marking paragraph %1 of article %2</source>
        <translation>Markieren von Absatz %1 in Artikel %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is an editor: only a reviewer or a chief can approve an anonymous source.</source>
        <translation>%1 ist Redakteur: Nur Prüfer oder Chefredakteure können eine anonyme Quelle genehmigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the anonymous source “%1” is acceptable: a reason is required.</source>
        <translation>Geben Sie an, warum die anonyme Quelle „%1“ vertretbar ist: Eine Begründung ist erforderlich.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paragraph %1 of article %2 does not cite “%3”.</source>
        <translation>Absatz %1 von Artikel %2 nennt „%3“ nicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>recording the decision on “%1”</source>
        <translation>Vermerken der Entscheidung zu „%1“</translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <location filename="../app/core/review/ReviewWorkflow.cpp" line="+86"/>
        <source>The article is already &quot;%1&quot;.</source>
        <translation>Der Artikel ist bereits „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An article that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become: %3.</source>
        <translation>Ein Artikel mit dem Status „%1“ kann nicht „%2“ werden; möglich ist: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing else</source>
        <translation>nichts anderes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who you are: a status change is recorded with a name.</source>
        <translation>Geben Sie an, wer Sie sind: Eine Statusänderung wird mit einem Namen vermerkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an editor: only a reviewer or a chief can move an article from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1 ist Redakteur: Nur Prüfer oder Chefredakteure können einen Artikel von „%2“ auf „%3“ setzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which changes you request: a comment is required.</source>
        <translation>Geben Sie an, welche Änderungen Sie anfordern: Ein Kommentar ist erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 wrote or last edited this article and cannot approve it: another reviewer must.</source>
        <translation>%1 hat diesen Artikel geschrieben oder zuletzt bearbeitet und kann ihn nicht freigeben: Das muss ein anderer Prüfer tun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a chief can approve over blocking findings.</source>
        <translation>Nur ein Chefredakteur kann trotz blockierender Befunde freigeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n finding(s) block approval (%1). Fix them, or a chief can approve with a written reason.</source>
        <translation>
            <numerusform>%n Befund verhindert die Freigabe (%1). Beheben Sie ihn, oder ein Chefredakteur gibt mit schriftlicher Begründung frei.</numerusform>
            <numerusform>%n Befunde verhindern die Freigabe (%1). Beheben Sie sie, oder ein Chefredakteur gibt mit schriftlicher Begründung frei.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send back to review</source>
        <translation>Erneut zur Prüfung senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw approval</source>
        <translation>Freigabe zurückziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to review</source>
        <translation>Zur Prüfung senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark published</source>
        <translation>Als veröffentlicht markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark corrected</source>
        <translation>Als korrigiert markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <location filename="../app/models/RevisionListModel.cpp" line="+91"/>
        <location filename="../app/widgets/HistoryInspector.cpp" line="-270"/>
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
    <name>SingleSourceRule</name>
    <message>
        <location filename="../app/core/review/SingleSourceRule.cpp" line="+67"/>
        <source>%1 of the %2 attributed paragraphs cite only “%3”; add independent sources or say why one source is enough.</source>
        <translation>%1 der %2 Absätze mit Quellenangabe nennen nur „%3“; fügen Sie unabhängige Quellen hinzu oder begründen Sie, warum eine Quelle genügt.</translation>
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
        <location filename="../app/models/SourceRegistryModel.cpp" line="+98"/>
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
        <location line="+34"/>
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
    <name>SpellCheckDialog</name>
    <message>
        <location filename="../ui/SpellCheckDialog.ui" line="+6"/>
        <source>Check Spelling</source>
        <translation>Rechtschreibung prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the word is</source>
        <translation>Wo das Wort steht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The misspelled word in its text</source>
        <translation>Das falsch geschriebene Wort in seinem Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change &amp;to:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Suggestions:</source>
        <translation>&amp;Vorschläge:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spelling check status</source>
        <translation>Stand der Rechtschreibprüfung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this occurrence with the text in “Change to”</source>
        <translation>Diese Stelle durch den Text in „Ersetzen durch“ ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every occurrence of this misspelling in the article</source>
        <translation>Jedes Vorkommen dieses Fehlers im Artikel ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignore &amp;Once</source>
        <translation>Einmal ign&amp;orieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this occurrence and go on to the next error</source>
        <translation>Diese Stelle belassen und zum nächsten Fehler gehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ignore in Article</source>
        <translation>Im Artikel &amp;ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this word everywhere in this article</source>
        <translation>Dieses Wort überall in diesem Artikel akzeptieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to &amp;Newsroom Dictionary</source>
        <translation>Zum &amp;Redaktionswörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this word in every article, for every desk</source>
        <translation>Dieses Wort in jedem Artikel akzeptieren, an jedem Arbeitsplatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to &amp;Personal Dictionary</source>
        <translation>Zum &amp;persönlichen Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this word in every article you edit</source>
        <translation>Dieses Wort in jedem Artikel akzeptieren, den Sie bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/widgets/SpellCheckDialog.cpp" line="+43"/>
        <source>No article is open.</source>
        <translation>Kein Artikel geöffnet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not in the dictionary, in %1:</source>
        <translation>Nicht im Wörterbuch (%1):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No suggestions: type the correction.</source>
        <translation>Keine Vorschläge: Geben Sie die Korrektur ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No spelling errors in this article.</source>
        <translation>Keine Rechtschreibfehler in diesem Artikel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spelling check is complete: no more errors.</source>
        <translation>Die Rechtschreibprüfung ist abgeschlossen: keine weiteren Fehler.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Replaced %n time(s).</source>
        <translation>
            <numerusform>%n-mal ersetzt.</numerusform>
            <numerusform>%n-mal ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ignore Word</source>
        <translation>Wort ignorieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Zum Redaktionswörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Personal Dictionary</source>
        <translation>Zum persönlichen Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>Speller</name>
    <message>
        <location filename="../app/spelling/Speller.cpp" line="+198"/>
        <source>&quot;%1&quot; is not a word that can be added: it is empty or contains spaces.</source>
        <translation>„%1“ ist kein Wort, das hinzugefügt werden kann: Es ist leer oder enthält Leerzeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 “%2” is not added, so the file stays as it is.</source>
        <translation>%1 „%2“ wird nicht hinzugefügt, die Datei bleibt also unverändert.</translation>
    </message>
</context>
<context>
    <name>SpellingBench</name>
    <message>
        <location filename="../app/bench/SpellingBench.cpp" line="+97"/>
        <source>spell: skipped. %1</source>
        <translation>spell: übersprungen. %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>spell: copydesk-cli was not found; its figures are skipped.</source>
        <translation>spell: copydesk-cli wurde nicht gefunden; seine Messwerte werden übersprungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spell: the hunspell command is not installed (Debian package hunspell): copydesk-cli is timed without the comparison.</source>
        <translation>spell: Der Befehl hunspell ist nicht installiert (Debian-Paket hunspell): copydesk-cli wird ohne den Vergleich gemessen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating a %1-word news text and a %2-word article…</source>
        <translation>Erzeugen eines Nachrichtentextes mit %1 Wörtern und eines Artikels mit %2 Wörtern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the word list of %1.</source>
        <translation>Die Wortliste von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>spell: the text is %1 words of generated news copy (%2 distinct, %3 paragraphs, %4 KB) with %5 misspellings put in (%6%), vocabulary from SyntheticLibrary plus a tail of %7 words of %8; the article is %9 more words of the same stream.</source>
        <translation>spell: Der Text besteht aus %1 Wörtern erzeugter Nachrichten (%2 verschiedene, %3 Absätze, %4 KB) mit %5 eingefügten Tippfehlern (%6 %), Wortschatz aus SyntheticLibrary plus ein Rest von %7 Wörtern aus %8; der Artikel besteht aus %9 weiteren Wörtern desselben Stroms.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 %2 failed (exit code %3): %4 %5</source>
        <translation>%1 %2 fehlgeschlagen (Exit-Code %3): %4 %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Timing %1 %2…</source>
        <translation>Messen von %1 %2…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>; hunspell -l flags %1 (%2 distinct), %3 of them the same words</source>
        <translation>; hunspell -l markiert %1 (%2 verschiedene), davon %3 dieselben Wörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spell: in the %1-word text copydesk-cli flags %2 words (%3 distinct: the words it asks Hunspell to suggest for)%4.</source>
        <translation>spell: Im Text mit %1 Wörtern markiert copydesk-cli %2 Wörter (%3 verschiedene: die Wörter, für die es Hunspell nach Vorschlägen fragt)%4.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>target: half the mean time of %1 on the same file in this run</source>
        <translation>Ziel: die Hälfte der mittleren Zeit von %1 auf derselben Datei in diesem Lauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU time %1 vs %2 for %3 (ratio %4)</source>
        <translation>CPU-Zeit %1 gegenüber %2 für %3 (Verhältnis %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU time %1</source>
        <translation>CPU-Zeit %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>spell --no-suggestions, %1 words (vs hunspell -l)</source>
        <translation>spell --no-suggestions, %1 Wörter (gegen hunspell -l)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spell with suggestions, %1 words (vs hunspell -l)</source>
        <translation>spell mit Vorschlägen, %1 Wörter (gegen hunspell -l)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to 8 suggestions per distinct misspelled word, in up to %1 processes</source>
        <translation>bis zu 8 Vorschläge pro verschiedenem falsch geschriebenem Wort, in bis zu %1 Prozessen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spell with suggestions --jobs 1, %1 words (vs hunspell -l)</source>
        <translation>spell mit Vorschlägen --jobs 1, %1 Wörter (gegen hunspell -l)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>spell with suggestions, %1-word article (vs hunspell -a)</source>
        <translation>spell mit Vorschlägen, Artikel mit %1 Wörtern (gegen hunspell -a)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hunspell -a suggests for each misspelled occurrence, copydesk-cli once per distinct word</source>
        <translation>hunspell -a macht Vorschläge für jedes falsche Vorkommen, copydesk-cli einmal pro verschiedenem Wort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the %1-word article in process…</source>
        <translation>Prüfen des Artikels mit %1 Wörtern im Prozess…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Speller: load the en_US dictionary</source>
        <translation>Speller: das Wörterbuch en_US laden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>check a %1-word article, cold word cache</source>
        <translation>einen Artikel mit %1 Wörtern prüfen, kalter Wort-Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every paragraph, %1 misspelled words found (%2 put in); the editor checks the visible paragraphs first (issue 4: underlined within 50 ms) and the rest in the background</source>
        <translation>jeder Absatz, %1 falsch geschriebene Wörter gefunden (%2 eingefügt); der Editor prüft zuerst die sichtbaren Absätze (Issue 4: unterstrichen innerhalb von 50 ms) und den Rest im Hintergrund</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>check a %1-word article again, warm word cache</source>
        <translation>einen Artikel mit %1 Wörtern erneut prüfen, warmer Wort-Cache</translation>
    </message>
</context>
<context>
    <name>SpellingFigures</name>
    <message>
        <location filename="../app/bench/gui/SpellingFigures.cpp" line="+133"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has too few plain words for a news vocabulary.</source>
        <translation>%1 hat zu wenige einfache Wörter für einen Nachrichtenwortschatz.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The long article with a news vocabulary</source>
        <translation>Der lange Artikel mit Nachrichtenwortschatz</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Spelling figures skipped: %1</source>
        <translation>Rechtschreib-Messwerte übersprungen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open article %1.</source>
        <translation>Artikel %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spelling in a %L1-word article with a news vocabulary</source>
        <translation>Rechtschreibung in einem Artikel mit %L1 Wörtern und Nachrichtenwortschatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling figures: the long article with one word in four replaced by a stem of %1 and %2 typing slips (one word in a hundred), %L3 words. The figures above for the library&apos;s long article were taken with spelling on as well.</source>
        <translation>Rechtschreib-Messwerte: der lange Artikel, in dem jedes vierte Wort durch einen Stamm aus %1 ersetzt ist, mit %2 Tippfehlern (eines von hundert Wörtern), %L3 Wörter. Die Messwerte oben für den langen Artikel der Bibliothek wurden ebenfalls mit eingeschalteter Rechtschreibprüfung ermittelt.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Opening the article without spelling failed.</source>
        <translation>Das Öffnen des Artikels ohne Rechtschreibprüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The article was not underlined and checked within 30 s.</source>
        <translation>Der Artikel wurde nicht innerhalb von 30 s unterstrichen und geprüft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>showArticle() → first paint of the body, spelling off</source>
        <translation>showArticle() → erstes Zeichnen des Textes, Rechtschreibprüfung aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same opens with the body&apos;s highlighter detached; the time the paint event arrives.</source>
        <translation>dieselben Öffnungen mit abgekoppeltem Highlighter des Textes; der Zeitpunkt, zu dem das Paint-Ereignis eintrifft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showArticle() → first paint with the visible paragraphs underlined</source>
        <translation>showArticle() → erstes Zeichnen mit unterstrichenen sichtbaren Absätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cold word cache each time; the time the body&apos;s first paint with every visible paragraph checked arrives. showArticle() returned after %1 ms (median): the first screen is checked when the body gets the article, so its first paint is underlined.</source>
        <translation>jedes Mal kalter Wort-Cache; der Zeitpunkt, zu dem das erste Zeichnen des Textes mit allen sichtbaren Absätzen geprüft eintrifft. showArticle() kehrte nach %1 ms zurück (Median): Der erste Bildschirm wird geprüft, wenn der Text den Artikel erhält, daher ist schon das erste Zeichnen unterstrichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>spelling&apos;s share of it (difference of the medians)</source>
        <translation>Anteil der Rechtschreibprüfung daran (Differenz der Mediane)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showArticle() → whole article checked (background)</source>
        <translation>showArticle() → ganzer Artikel geprüft (Hintergrund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 paragraphs, %2 misspellings found; checked %3 ms at a time between events, visible paragraphs first, then outwards from the cursor.</source>
        <translation>%1 Absätze, %2 Fehler gefunden; geprüft in Abschnitten von %3 ms zwischen Ereignissen, zuerst die sichtbaren Absätze, dann vom Cursor aus nach außen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>longest event-loop stall from showArticle()&apos;s return until checked</source>
        <translation>längste Blockade der Ereignisschleife von der Rückkehr aus showArticle() bis zum Abschluss der Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the longest gap between the timeouts of a 1 ms timer, less 1 ms, over all %1 opens (the first paint of the opened article included): the longest a key press waits. Spelling off: %2 ms.</source>
        <translation>die längste Lücke zwischen den Auslösungen eines 1-ms-Timers, abzüglich 1 ms, über alle %1 Öffnungen (einschließlich des ersten Zeichnens des geöffneten Artikels): die längste Wartezeit eines Tastendrucks. Rechtschreibprüfung aus: %2 ms.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Typing misspelled words did not add underlines (%1 before, %2 after).</source>
        <translation>Das Tippen falsch geschriebener Wörter hat keine Unterstreichungen hinzugefügt (%1 vorher, %2 nachher).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keystroke → paragraph re-checked, event loop idle</source>
        <translation>Tastendruck → Absatz neu geprüft, Ereignisschleife untätig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 letters of “%2” typed in paragraph %3 (the spaces typed but not timed): the key events, the underlines shifted, the idle re-check of the paragraph and Qt&apos;s repaints; %4 → %5 underlined words.</source>
        <translation>%1 Buchstaben von „%2“ in Absatz %3 getippt (die Leerzeichen getippt, aber nicht gemessen): die Tastenereignisse, das Verschieben der Unterstreichungen, die Neuprüfung des Absatzes im Leerlauf und das Neuzeichnen durch Qt; %4 → %5 unterstrichene Wörter.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The re-marked paragraphs were not checked within 30 s.</source>
        <translation>Die neu markierten Absätze wurden nicht innerhalb von 30 s geprüft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a word ignored → its paragraphs marked (synchronous)</source>
        <translation>ein Wort ignoriert → seine Absätze markiert (synchron)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”, the word in the most paragraphs (%2 of %3): %4 paragraphs marked, those containing it in any case (also inside a longer word); never a full rehighlight.</source>
        <translation>„%1“, das Wort in den meisten Absätzen (%2 von %3): %4 Absätze markiert, alle, die es in beliebiger Schreibung enthalten (auch in einem längeren Wort); nie ein vollständiges Rehighlight.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a word ignored → those paragraphs re-checked (background)</source>
        <translation>ein Wort ignoriert → diese Absätze neu geprüft (Hintergrund)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longest event-loop stall meanwhile</source>
        <translation>längste Blockade der Ereignisschleife währenddessen</translation>
    </message>
</context>
<context>
    <name>SpellingItemDelegate</name>
    <message>
        <location filename="../app/widgets/SpellingItemDelegate.cpp" line="+139"/>
        <source>Correct “%1” to “%2”</source>
        <translation>„%1“ in „%2“ korrigieren</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../app/widgets/SpellingMenu.cpp" line="+19"/>
        <source>(No suggestions)</source>
        <translation>(Keine Vorschläge)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace “%1” with “%2”</source>
        <translation>„%1“ durch „%2“ ersetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Ignore “%1” in This Article</source>
        <translation>„%1“ in diesem Artikel &amp;ignorieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this word in this article only</source>
        <translation>Dieses Wort nur in diesem Artikel akzeptieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore Word</source>
        <translation>Wort ignorieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add “%1” to &amp;Newsroom Dictionary</source>
        <translation>„%1“ zum Redaktions&amp;wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this word in every article, for every desk</source>
        <translation>Dieses Wort in jedem Artikel akzeptieren, an jedem Arbeitsplatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Zum Redaktionswörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add “%1” to &amp;Personal Dictionary</source>
        <translation>„%1“ zum &amp;persönlichen Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this word in every article you edit</source>
        <translation>Dieses Wort in jedem Artikel akzeptieren, den Sie bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Personal Dictionary</source>
        <translation>Zum persönlichen Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>SpellingReport</name>
    <message>
        <location filename="../app/cli/SpellingReport.cpp" line="+84"/>
        <source>headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meta title %1</source>
        <translation>Meta-Titel %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no suggestions)</source>
        <translation>(keine Vorschläge)</translation>
    </message>
</context>
<context>
    <name>SpellingRule</name>
    <message>
        <location filename="../app/core/review/SpellingRule.cpp" line="+33"/>
        <source>“%1” in %2 may be misspelled.</source>
        <translation>„%1“ (%2) ist möglicherweise falsch geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” in %2 may be misspelled; did you mean “%3”?</source>
        <translation>„%1“ (%2) ist möglicherweise falsch geschrieben; meinten Sie „%3“?</translation>
    </message>
</context>
<context>
    <name>SqliteReplay</name>
    <message>
        <location filename="../app/bench/SqliteReplay.cpp" line="+44"/>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closing %1</source>
        <translation>Schließen von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the connection&apos;s PRAGMAs</source>
        <translation>die PRAGMAs der Verbindung</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: %2 (SQLite code %3)</source>
        <translation>%1: %2 (SQLite-Code %3)</translation>
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
    <name>StoredLinkLookup</name>
    <message>
        <location filename="../app/storage/StoredLinkLookup.cpp" line="+32"/>
        <source>following a link to article %1</source>
        <translation>Folgen einer Verknüpfung zu Artikel %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the article links</source>
        <translation>Lesen der Artikelverknüpfungen</translation>
    </message>
</context>
<context>
    <name>SummaryLengthRule</name>
    <message numerus="yes">
        <location filename="../app/core/review/SummaryLengthRule.cpp" line="+57"/>
        <source>The summary has %n words; keep it to %1 or fewer (it runs over from “%2”).</source>
        <translation>
            <numerusform>Die Zusammenfassung hat %n Wort; kürzen Sie sie auf höchstens %1 (zu lang ab „%2“).</numerusform>
            <numerusform>Die Zusammenfassung hat %n Wörter; kürzen Sie sie auf höchstens %1 (zu lang ab „%2“).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryMissingRule</name>
    <message>
        <location filename="../app/core/review/SummaryMissingRule.cpp" line="+17"/>
        <source>The article has no reader summary.</source>
        <translation>Der Artikel hat keine Zusammenfassung für die Leser.</translation>
    </message>
</context>
<context>
    <name>TerminalProgress</name>
    <message>
        <location filename="../app/cli/TerminalProgress.cpp" line="+31"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
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
    <name>TextInput</name>
    <message>
        <location filename="../app/cli/TextInput.cpp" line="+30"/>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;stdin&gt;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1:%2: invalid UTF-8 at byte offset %3 (byte 0x%4); save the text as UTF-8.</source>
        <translation>%1:%2: ungültiges UTF-8 bei Byte-Position %3 (Byte 0x%4); speichern Sie den Text als UTF-8.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: cannot read standard input: %2</source>
        <translation>%1: Die Standardeingabe kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no such file.</source>
        <translation>%1: keine solche Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a text file.</source>
        <translation>%1: ist ein Ordner, keine Textdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>TitleVariantsRule</name>
    <message>
        <location filename="../app/core/review/TitleVariantsRule.cpp" line="+62"/>
        <source>Meta title %1 is empty.</source>
        <translation>Meta-Titel %1 ist leer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meta title %1 (“%2”) repeats meta title %3 (“%4”) apart from case and punctuation.</source>
        <translation>Meta-Titel %1 („%2“) wiederholt Meta-Titel %3 („%4“), abgesehen von Groß-/Kleinschreibung und Satzzeichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta title %1 contains HTML (“%2”); search results show it as text.</source>
        <translation>Meta-Titel %1 enthält HTML („%2“); Suchergebnisse zeigen es als Text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The article has %1 meta-title variants; keep it to %2 or fewer.</source>
        <translation>Der Artikel hat %1 Meta-Titel-Varianten; beschränken Sie sich auf höchstens %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meta-title variant is chosen; search results will show the headline or a title of their own.</source>
        <translation>Keine Meta-Titel-Variante ist ausgewählt; Suchergebnisse zeigen die Schlagzeile oder einen eigenen Titel.</translation>
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
    <name>TitleWidthRule</name>
    <message>
        <location filename="../app/core/review/TitleWidthRule.cpp" line="+38"/>
        <source>Too wide for search results: %1 “%2” is %3 px, and results cut titles at %4 px, after “%5”.</source>
        <translation>Zu breit für Suchergebnisse: %1 „%2“ ist %3 px breit, und Suchergebnisse kürzen Titel bei %4 px, nach „%5“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nearly too wide for search results: %1 “%2” is %3 px; above %4 px results may cut it.</source>
        <translation>Fast zu breit für Suchergebnisse: %1 „%2“ ist %3 px breit; über %4 px können Suchergebnisse ihn kürzen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Short for search results: %1 “%2” is only %3 px; titles under %4 px leave most of the result line unused.</source>
        <translation>Kurz für Suchergebnisse: %1 „%2“ ist nur %3 px breit; Titel unter %4 px lassen den größten Teil der Ergebniszeile ungenutzt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+85"/>
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
        <source>Open the database at PATH, or a newsroom server at postgresql://user@host:port/database (default: %1).</source>
        <translation>Die Datenbank unter PFAD oder einen Redaktionsserver unter postgresql://user@host:port/database öffnen (Standard: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
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
