<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnonymousSourceRule</name>
    <message>
        <location filename="../app/core/review/AnonymousSourceRule.cpp" line="+30"/>
        <source>Paragraph %1 cites the anonymous source “%2”, approved by %3: “%4”.</source>
        <translation>El párrafo %1 cita la fuente anónima «%2», aprobada por %3: «%4».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paragraph %1 cites the anonymous source “%2”; record why it is anonymous and who approved that.</source>
        <translation>El párrafo %1 cita la fuente anónima «%2»; deje constancia de por qué es anónima y de quién lo aprobó.</translation>
    </message>
</context>
<context>
    <name>ArticleAttributionModel</name>
    <message>
        <location filename="../app/models/ArticleAttributionModel.cpp" line="+30"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Cuestionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unchecked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No source</source>
        <translation>Sin fuente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unattributed</source>
        <translation>Sin atribución</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paragraph %1: %2…</source>
        <translation>Párrafo %1: %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message>
        <location filename="../app/models/ArticleCommands.cpp" line="+10"/>
        <source>Edit headline</source>
        <translation>edición del titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit summary</source>
        <translation>edición del resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit byline</source>
        <translation>edición de la firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit section</source>
        <translation>edición de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change language</source>
        <translation>cambio de idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit slug</source>
        <translation>edición del slug</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit text</source>
        <translation>edición de texto</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../app/models/ArticleDocument.cpp" line="+426"/>
        <source>Move paragraph</source>
        <translation>movimiento de párrafo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Paste</source>
        <translation>pegado</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../ui/ArticleEditor.ui" line="+17"/>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spell checking notice</source>
        <translation>Aviso de la revisión ortográfica</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canonical headline: the only label used for previous/next links</source>
        <translation>El titular canónico: la única etiqueta que se usa en los enlaces al artículo anterior y al siguiente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What a reader in a hurry needs to know, in one or two sentences</source>
        <translation>Lo que necesita saber quien lee con prisa, en una o dos frases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary word count</source>
        <translation>Número de palabras del resumen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary as readers see it</source>
        <translation>El resumen tal como lo ven los lectores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No time to read? Get a summary</source>
        <translation>¿No tiene tiempo para leer? Lea el resumen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Byline</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ection</source>
        <translation>Se&amp;cción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language (BCP 47 tag)</source>
        <translation>Idioma (etiqueta BCP 47)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A BCP 47 language tag such as en-US, en-GB, de-DE</source>
        <translation>Una etiqueta de idioma BCP 47, como en-US, en-GB, de-DE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sl&amp;ug</source>
        <translation>S&amp;lug</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words-joined-by-hyphens</source>
        <translation>palabras-unidas-por-guiones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article body</source>
        <translation>Cuerpo del artículo</translation>
    </message>
    <message>
        <location filename="../app/widgets/ArticleEditor.cpp" line="+115"/>
        <source>Check &amp;Spelling…</source>
        <translation>Revisar la &amp;ortografía…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go through the misspelled words of the article one by one</source>
        <translation>Recorrer una a una las palabras mal escritas del artículo</translation>
    </message>
    <message numerus="yes">
        <location line="+141"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(readers expect at most %1)</source>
        <translation>(los lectores esperan como máximo %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readers will see the summary here.</source>
        <translation>Aquí verán los lectores el resumen.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Spelling not checked</source>
        <translation>Ortografía sin revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spelling errors</source>
        <translation>Sin errores ortográficos</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n spelling error(s)</source>
        <translation>
            <numerusform>%n error ortográfico</numerusform>
            <numerusform>%n errores ortográficos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Misspelled words in the headline, summary, byline, meta titles and body. Press F7 to go through them.</source>
        <translation>Palabras mal escritas en el titular, el resumen, la firma, los metatítulos y el cuerpo. Pulse F7 para recorrerlas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Editing works as usual, without spell checking.</source>
        <translation>%1 La edición funciona como siempre, sin revisión ortográfica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Spelling is checked without your personal dictionary, and the file is left as it is.</source>
        <translation>%1 La ortografía se revisa sin su diccionario personal, y el archivo se queda como está.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../app/models/ArticleListModel.cpp" line="+188"/>
        <source>No paragraphs yet</source>
        <translation>Aún no hay párrafos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n paragraph(s) cite a source</source>
        <translation>
            <numerusform>Fuente indicada en %1 de %n párrafo</numerusform>
            <numerusform>Fuente indicada en %1 de %n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
</context>
<context>
    <name>ArticleLocks</name>
    <message>
        <location filename="../app/storage/ArticleLocks.cpp" line="+82"/>
        <source>reading the lock of article %1</source>
        <translation>leyendo el bloqueo del artículo %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+19"/>
        <source>locking article %1</source>
        <translation>bloqueando el artículo %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>taking over the lock of article %1</source>
        <translation>tomando el control del bloqueo del artículo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lock of article %1 changed hands meanwhile; try again.</source>
        <translation>El bloqueo del artículo %1 cambió de manos mientras tanto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The unsaved edits %1 left with the lock of article %2 cannot be read.</source>
        <translation>No se pueden leer los cambios sin guardar que %1 dejó con el bloqueo del artículo %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the unsaved edits of %1 first failed: %2</source>
        <translation>Falló el guardado previo de los cambios sin guardar de %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>keeping the lock of article %1</source>
        <translation>manteniendo el bloqueo del artículo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You no longer hold the lock of article %1: it was taken over, or it expired and someone else opened the article.</source>
        <translation>Ya no tiene el bloqueo del artículo %1: otra persona tomó el control, o caducó y otra persona abrió el artículo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unlocking article %1</source>
        <translation>desbloqueando el artículo %1</translation>
    </message>
</context>
<context>
    <name>ArticleMisspellings</name>
    <message>
        <location filename="../app/widgets/ArticleMisspellings.cpp" line="+31"/>
        <source>Correct “%1” to “%2”</source>
        <translation>corrección de «%1» a «%2»</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta title %1</source>
        <translation>Metatítulo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraph %1</source>
        <translation>Párrafo %1</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Correct “%1” to “%2” (%n times)</source>
        <translation>
            <numerusform>corrección de «%1» a «%2» (%n vez)</numerusform>
            <numerusform>corrección de «%1» a «%2» (%n veces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleSpelling</name>
    <message>
        <location filename="../app/widgets/ArticleSpelling.cpp" line="+112"/>
        <source>The article has no language, so its spelling is not checked. Set its language (for example en-US) to check it.</source>
        <translation>El artículo no tiene idioma, así que no se revisa su ortografía. Indique su idioma (por ejemplo, es-ES) para revisarla.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” cannot be ignored: no stored article is open.</source>
        <translation>«%1» no se puede omitir: no hay ningún artículo guardado abierto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be added to the newsroom dictionary: no database is open.</source>
        <translation>«%1» no se puede añadir al diccionario de la redacción: no hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be removed from the newsroom dictionary: no database is open.</source>
        <translation>«%1» no se puede quitar del diccionario de la redacción: no hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not in your personal dictionary.</source>
        <translation>«%1» no está en su diccionario personal.</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <location filename="../app/core/Article.cpp" line="+91"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <location filename="../app/storage/ArticleStore.cpp" line="+448"/>
        <source>The article has not been stored yet.</source>
        <translation>El artículo aún no se ha guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article %1 was changed by someone else: you edited version %2, the database has version %3. Nothing was saved.</source>
        <translation>Otra persona modificó el artículo %1: usted editó la versión %2 y la base de datos tiene la versión %3. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>storing article “%1”</source>
        <translation>guardando el artículo «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An article with the uri %1 or uuid %2 already exists.</source>
        <translation>Ya existe un artículo con el URI %1 o el UUID %2.</translation>
    </message>
    <message>
        <location line="-265"/>
        <location line="+279"/>
        <source>saving article %1</source>
        <translation>guardando el artículo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <location line="+246"/>
        <source>Article %1 was changed by someone else while saving; nothing was saved.</source>
        <translation>Otra persona modificó el artículo %1 mientras se guardaba; no se guardó nada.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>removing a paragraph</source>
        <translation>eliminando un párrafo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>storing paragraph %1</source>
        <translation>guardando el párrafo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 has the uuid %2 that another paragraph already uses.</source>
        <translation>El párrafo %1 tiene el UUID %2, que ya usa otro párrafo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saving paragraph %1</source>
        <translation>guardando el párrafo %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>saving attributions</source>
        <translation>guardando las atribuciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>storing the attributions of paragraph %1</source>
        <translation>guardando las atribuciones del párrafo %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saving meta titles</source>
        <translation>guardando los metatítulos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>saving meta title %1</source>
        <translation>guardando el metatítulo %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+17"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>updating the search index</source>
        <translation>actualizando el índice de búsqueda</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+17"/>
        <source>The search text of article %1 is missing.</source>
        <translation>Falta el texto de búsqueda del artículo %1.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>recording revision %1</source>
        <translation>registrando la revisión %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An attribution in “%1” has no source name.</source>
        <translation>Una atribución en «%1» no tiene nombre de fuente.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>deleting article %1</source>
        <translation>eliminando el artículo %1</translation>
    </message>
    <message>
        <location line="-613"/>
        <location line="+616"/>
        <location line="+25"/>
        <location line="+31"/>
        <location line="+441"/>
        <location line="+64"/>
        <source>There is no article %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
    <message>
        <location line="-1101"/>
        <source>The approved text was edited.</source>
        <translation>Se editó el texto aprobado.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 is an editor: only a reviewer or a chief can verify or dispute a source (“%2” in paragraph %3). Nothing was saved.</source>
        <translation>%1 es redactor: solo un revisor o un jefe de redacción puede verificar o cuestionar una fuente («%2» en el párrafo %3). No se guardó nada.</translation>
    </message>
    <message>
        <location line="+591"/>
        <source>loading article %1</source>
        <translation>cargando el artículo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading articles</source>
        <translation>cargando los artículos</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>loading paragraphs</source>
        <translation>cargando los párrafos</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>loading sources</source>
        <translation>cargando las fuentes</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>loading attributions</source>
        <translation>cargando las atribuciones</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>loading meta titles</source>
        <translation>cargando los metatítulos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>loading linked articles</source>
        <translation>cargando los artículos enlazados</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>looking up article %1</source>
        <translation>buscando el artículo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no article “%1” (expected an id, a uuid or a uri).</source>
        <translation>No existe el artículo «%1» (se esperaba un ID, un UUID o un URI).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>listing articles</source>
        <translation>listando los artículos</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+18"/>
        <location line="+22"/>
        <source>searching articles</source>
        <translation>buscando artículos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading article %1</source>
        <translation>leyendo el artículo %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>counting articles</source>
        <translation>contando los artículos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the links of article %1</source>
        <translation>leyendo los enlaces del artículo %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>linking article %1</source>
        <translation>enlazando el artículo %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Article %1 cannot be linked to itself.</source>
        <translation>El artículo %1 no puede enlazarse consigo mismo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>checking the series for a loop</source>
        <translation>comprobando si la serie forma un ciclo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linking article %1 before article %2 would make the series loop: %2 already leads to %1.</source>
        <translation>Enlazar el artículo %1 antes del artículo %2 cerraría la serie en un ciclo: %2 ya lleva a %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>reading the series of article %1</source>
        <translation>leyendo la serie del artículo %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reading the history of article %1</source>
        <translation>leyendo el historial del artículo %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>reading revision %1</source>
        <translation>leyendo la revisión %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revision %1 of article %2 is damaged: %3</source>
        <translation>La revisión %1 del artículo %2 está dañada: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article %1 has no version %2.</source>
        <translation>El artículo %1 no tiene la versión %2.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: the uri %2 appears twice in this import.</source>
        <translation>%1: el URI %2 aparece dos veces en esta importación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+56"/>
        <source>looking up %1</source>
        <translation>buscando %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1: the database already has version %2 of %3; this file is version %4 with different content. Nothing was imported.</source>
        <translation>%1: la base de datos ya tiene la versión %2 de %3; este archivo es la versión %4 con otro contenido. No se importó nada.</translation>
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
        <translation>%1: el artículo %2 %3 no está ni en esta importación ni en la base de datos; ese enlace no se creó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <location line="-1359"/>
        <location line="+1402"/>
        <source>reading the source registry</source>
        <translation>leyendo el registro de fuentes</translation>
    </message>
    <message>
        <location line="-1373"/>
        <location line="+1390"/>
        <location line="+125"/>
        <source>looking up source %1</source>
        <translation>buscando la fuente %1</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+7"/>
        <source>optimizing the search index</source>
        <translation>optimizando el índice de búsqueda</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A source needs a name.</source>
        <translation>Una fuente necesita un nombre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saving source %1</source>
        <translation>guardando la fuente %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source named “%1” already exists.</source>
        <translation>Ya existe una fuente llamada «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <location line="+20"/>
        <location line="+18"/>
        <source>There is no source %1.</source>
        <translation>No existe la fuente %1.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>counting citations</source>
        <translation>contando las citas</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>merging sources</source>
        <translation>combinando las fuentes</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The source is cited by %n paragraph(s); merge it into another source instead.</source>
        <translation>
            <numerusform>La fuente se cita en %n párrafo; combínela con otra fuente en su lugar.</numerusform>
            <numerusform>La fuente se cita en %n párrafos; combínela con otra fuente en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleting source %1</source>
        <translation>eliminando la fuente %1</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../app/widgets/ArticleView.cpp" line="+29"/>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disputed</source>
        <translation>cuestionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No source: this paragraph is unattributed</source>
        <translation>Sin fuente: este párrafo no tiene atribución</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Untitled article #%1</source>
        <translation>Artículo sin titular n.º %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Untitled article</source>
        <translation>Artículo sin titular</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section: %1</source>
        <translation>Sección: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1</source>
        <translation>Actualizado el %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No summary yet.</source>
        <translation>Aún no hay resumen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No time to read? Get a summary</source>
        <translation>¿No tiene tiempo para leer? Lea el resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This article has no paragraphs yet.</source>
        <translation>Este artículo aún no tiene párrafos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta titles</source>
        <translation>Metatítulos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meta-title variants yet.</source>
        <translation>Aún no hay variantes de metatítulo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen</source>
        <translation>elegido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← Previous:</source>
        <translation>← Anterior:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No previous article</source>
        <translation>No hay artículo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ Next:</source>
        <translation>→ Siguiente:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No next article</source>
        <translation>No hay artículo siguiente</translation>
    </message>
</context>
<context>
    <name>AttachSourceDialog</name>
    <message>
        <location filename="../ui/AttachSourceDialog.ui" line="+14"/>
        <source>Attach Source</source>
        <translation>Atribuir fuente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources of this &amp;paragraph:</source>
        <translation>Fuentes de este &amp;párrafo:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources of this paragraph</source>
        <translation>Fuentes de este párrafo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a source to change its detail or link, or to remove it</source>
        <translation>Seleccione una fuente para cambiar su detalle o su enlace, o para quitarla</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected source</source>
        <translation>Quitar la fuente seleccionada</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name in the source registry</source>
        <translation>Nombre en el registro de fuentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source name</source>
        <translation>Nombre de la fuente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Detail:</source>
        <translation>&amp;Detalle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quote, document or page (optional)</source>
        <translation>Cita, documento o página (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribution detail</source>
        <translation>Detalle de la atribución</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://… where this claim can be checked (optional)</source>
        <translation>https://… donde se puede comprobar esta afirmación (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribution link</source>
        <translation>Enlace de la atribución</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New source</source>
        <translation>Fuente nueva</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of the new source</source>
        <translation>Tipo de la fuente nueva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://… (optional)</source>
        <translation>https://… (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website of the new source</source>
        <translation>Sitio web de la fuente nueva</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="+173"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="+2"/>
        <source>Add the source to the paragraph</source>
        <translation>Añadir la fuente al párrafo</translation>
    </message>
    <message>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="-125"/>
        <source>Paragraph %1: “%2”</source>
        <translation>Párrafo %1: «%2»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The source registry could not be read: %1</source>
        <translation>No se pudo leer el registro de fuentes: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No source yet</source>
        <translation>Aún no hay ninguna fuente</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” is not in the source registry yet. It is added with:</source>
        <translation>«%1» no está en el registro; se añade con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name the registry does not know yet is added to it as a new source.</source>
        <translation>Un nombre que el registro no conoce se añade como fuente nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Update</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the selected source</source>
        <translation>Actualizar la fuente seleccionada</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Type the name of a source.</source>
        <translation>Escriba el nombre de una fuente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>El enlace debe ser una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is already a source of this paragraph.</source>
        <translation>«%1» ya es una fuente de este párrafo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The website must be a web address starting with http:// or https://.</source>
        <translation>El sitio web debe ser una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” could not be added to the source registry: %2</source>
        <translation>No se pudo añadir «%1» al registro de fuentes: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attach source</source>
        <translation>atribución de fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove source</source>
        <translation>eliminación de fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit source</source>
        <translation>edición de fuente</translation>
    </message>
</context>
<context>
    <name>AttributionBoilerplateRule</name>
    <message>
        <location filename="../app/core/review/AttributionBoilerplateRule.cpp" line="+101"/>
        <source>Paragraph %1 has its attribution typed into the text (“%2”); attach the source to the paragraph instead.</source>
        <translation>El párrafo %1 tiene la atribución escrita en el texto («%2»); en su lugar, atribuya la fuente al párrafo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Paragraph %1 ends with “%2”, like %3 of the %4 paragraphs; attach the source to each paragraph instead of repeating a credit line.</source>
        <translation>El párrafo %1 termina con «%2», como %3 de los %4 párrafos; atribuya la fuente a cada párrafo en lugar de repetir una línea de créditos.</translation>
    </message>
</context>
<context>
    <name>AttributionDisputedRule</name>
    <message>
        <location filename="../app/core/review/AttributionDisputedRule.cpp" line="+28"/>
        <source>The attribution of paragraph %1 to “%2” is disputed by %3: “%4”.</source>
        <translation>La atribución del párrafo %1 a «%2» está cuestionada por %3: «%4».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attribution of paragraph %1 to “%2” is disputed by %3.</source>
        <translation>La atribución del párrafo %1 a «%2» está cuestionada por %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attribution of paragraph %1 to “%2” is disputed: “%3”.</source>
        <translation>La atribución del párrafo %1 a «%2» está cuestionada: «%3».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attribution of paragraph %1 to “%2” is disputed.</source>
        <translation>La atribución del párrafo %1 a «%2» está cuestionada.</translation>
    </message>
</context>
<context>
    <name>AttributionGutter</name>
    <message>
        <location filename="../app/widgets/AttributionGutter.cpp" line="+55"/>
        <source>Paragraph sources</source>
        <translation>Fuentes de los párrafos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One chip per source of each paragraph; a red bar marks a paragraph without a source. Ctrl+Shift+A attaches a source.</source>
        <translation>Una etiqueta por cada fuente de cada párrafo; una barra roja marca un párrafo sin fuente. Ctrl+Mayús+A atribuye una fuente.</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Marked as needing no attribution: %1</source>
        <translation>Marcado como sin necesidad de atribución: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No source is attributed to this paragraph. Click to attach one (%1).</source>
        <translation>Este párrafo no tiene ninguna fuente atribuida. Haga clic para atribuir una (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more source(s):</source>
        <translation>
            <numerusform>%n fuente más:</numerusform>
            <numerusform>%n fuentes más:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification:</source>
        <translation>Verificación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail:</source>
        <translation>Detalle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>AttributionMissingRule</name>
    <message>
        <location filename="../app/core/review/AttributionMissingRule.cpp" line="+27"/>
        <source>Paragraph %1 is marked as needing no attribution: “%2”.</source>
        <translation>El párrafo %1 está marcado como sin necesidad de atribución: «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraph %1 has no source attribution, and its “no attribution needed” mark gives no reason: “%2”.</source>
        <translation>El párrafo %1 no tiene atribución de fuente, y su marca «no necesita atribución» no da ningún motivo: «%2».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paragraph %1 has no source attribution: “%2”.</source>
        <translation>El párrafo %1 no tiene atribución de fuente: «%2».</translation>
    </message>
</context>
<context>
    <name>AttributionStyle</name>
    <message>
        <location filename="../app/widgets/AttributionStyle.cpp" line="+82"/>
        <source>Unchecked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Cuestionada</translation>
    </message>
</context>
<context>
    <name>AttributionUnverifiedRule</name>
    <message>
        <location filename="../app/core/review/AttributionUnverifiedRule.cpp" line="+26"/>
        <source>No reviewer has verified the attribution of paragraph %1 to “%2”.</source>
        <translation>Ningún revisor ha verificado la atribución del párrafo %1 a «%2».</translation>
    </message>
</context>
<context>
    <name>AttributionVerbRule</name>
    <message>
        <location filename="../app/core/review/AttributionVerbRule.cpp" line="+63"/>
        <source>“%1” in %2 is a loaded attribution verb; consider “%3”.</source>
        <translation>«%1» en %2 es un verbo de atribución con carga valorativa; considere «%3».</translation>
    </message>
</context>
<context>
    <name>AttributionsInspector</name>
    <message>
        <location filename="../ui/AttributionsInspector.ui" line="+9"/>
        <location filename="../app/widgets/AttributionsInspector.cpp" line="+77"/>
        <source>This paragraph</source>
        <translation>Este párrafo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources of the current paragraph</source>
        <translation>Fuentes del párrafo actual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a source</source>
        <translation>Atribuir una fuente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected source from the paragraph</source>
        <translation>Quitar la fuente seleccionada del párrafo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whole article</source>
        <translation>Todo el artículo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attributions of the whole article</source>
        <translation>Atribuciones de todo el artículo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attribution coverage</source>
        <translation>Cobertura de atribución</translation>
    </message>
    <message>
        <location filename="../app/widgets/AttributionsInspector.cpp" line="+10"/>
        <source>Paragraph %1</source>
        <translation>Párrafo %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No source: this paragraph is unattributed</source>
        <translation>Sin fuente: este párrafo no tiene atribución</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove source “%1”</source>
        <translation>eliminación de la fuente «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 of %n paragraph(s) attributed</source>
        <translation>
            <numerusform>%1 de %n párrafo con atribución</numerusform>
            <numerusform>%1 de %n párrafos con atribución</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/storage/AuditLog.cpp" line="+59"/>
        <location filename="../app/widgets/HistoryInspector.cpp" line="+130"/>
        <source>paragraph %1</source>
        <translation>el párrafo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a paragraph no longer in the article</source>
        <translation>un párrafo que ya no está en el artículo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (was %2)</source>
        <translation>%1 (antes: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, over blocking findings: %1</source>
        <translation>, pese a hallazgos bloqueantes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/widgets/HistoryInspector.cpp" line="-1"/>
        <source>Verified “%1” in %2</source>
        <translation>Se verificó «%1» en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed “%1” in %2</source>
        <translation>Se cuestionó «%1» en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked %1 as needing no attribution</source>
        <translation>Se marcó %1 como sin necesidad de atribución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the no-attribution mark off %1</source>
        <translation>Se quitó la marca «no necesita atribución» en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved the anonymous source “%1” in %2</source>
        <translation>Se aprobó la fuente anónima «%1» en %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>recording the audit trail of article %1</source>
        <translation>registrando el registro de auditoría del artículo %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the audit trail of article %1</source>
        <translation>leyendo el registro de auditoría del artículo %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <location filename="../app/models/AuditTrailModel.cpp" line="+92"/>
        <source>%1, %2 (%3), version %4:
%5</source>
        <translation>%1, %2 (%3), versión %4:
%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>BatchFileWriter</name>
    <message>
        <location filename="../app/storage/BatchFileWriter.cpp" line="+53"/>
        <location line="+10"/>
        <location line="+21"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot sync the folder to disk: %2</source>
        <translation>%1: no se puede sincronizar la carpeta con el disco: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot sync the files to disk: %2</source>
        <translation>%1: no se pueden sincronizar los archivos con el disco: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot sync to disk: %2</source>
        <translation>%1: no se puede sincronizar con el disco: %2</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <location filename="../app/widgets/BatchProgress.cpp" line="+13"/>
        <source>%1 a second</source>
        <translation>%1 por segundo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 s left</source>
        <translation>quedan unos %1 s</translation>
    </message>
</context>
<context>
    <name>BenchLibrary</name>
    <message>
        <location filename="../app/bench/gui/BenchLibrary.cpp" line="+106"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>inserting the list-only rows</source>
        <translation>insertando las filas solo para la lista</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: cannot write the file to disk: %2</source>
        <translation>%1: no se puede escribir el archivo en el disco: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds %2 articles, not %3.</source>
        <translation>%1 contiene %2 artículos, no %3.</translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <location filename="../app/bench/BenchRunner.cpp" line="+370"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CPU time %1 µs per article (%2 /s of CPU)</source>
        <translation>tiempo de CPU %1 µs por artículo (%2 /s de CPU)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+557"/>
        <source>sqlite3 comparison failed: %1</source>
        <translation>la comparación con sqlite3 falló: %1</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+531"/>
        <source>opening %1</source>
        <translation>abriendo %1</translation>
    </message>
    <message>
        <location line="-554"/>
        <source>Total run time of the benchmark: %1 s; 1-minute load average %2 at the start, %3 at the end (on %4 cores).</source>
        <translation>Tiempo total de la prueba: %1 s; carga media de 1 minuto de %2 al inicio y %3 al final (en %4 núcleos).</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Environment: %1 articles, SQLite library %2, sqlite3 shell %3, Qt %4, %5 × %6, %7; database file %8 MB.</source>
        <translation>Entorno: %1 artículos, biblioteca SQLite %2, shell de sqlite3 %3, Qt %4, %5 × %6, %7; archivo de base de datos de %8 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
        <source>unknown CPU</source>
        <translation>CPU desconocida</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reusing the library of %1 articles in %2 (the import is not measured).</source>
        <translation>Se reutiliza la biblioteca de %1 artículos en %2 (la importación no se mide).</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+221"/>
        <source>creating %1</source>
        <translation>creando %1</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>The query word “%1” is not in the generator&apos;s vocabulary.</source>
        <translation>La palabra de búsqueda «%1» no está en el vocabulario del generador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating and importing %1 articles in batches of %2 into %3…</source>
        <translation>Generando e importando %1 artículos en lotes de %2 en %3…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>importing</source>
        <translation>importando</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>linking</source>
        <translation>enlazando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1 articles imported (%2 articles/s so far)</source>
        <translation>  %1 artículos importados (%2 artículos/s hasta ahora)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generating the %1 synthetic articles took %2 s (not included in any figure).</source>
        <translation>Generar los %1 artículos sintéticos llevó %2 s (no se incluye en ninguna cifra).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import %1 articles (importArticles, %2 per call)</source>
        <translation>importar %1 artículos (importArticles, %2 por llamada)</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>sqlite3: the same rows as plain INSERTs with ids chosen up front, one transaction per %1 articles</source>
        <translation>sqlite3: las mismas filas como INSERT simples con ID elegidos de antemano, una transacción por cada %1 artículos</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>link(prev, next) during import (every 10th article)</source>
        <translation>link(prev, next) durante la importación (uno de cada 10 artículos)</translation>
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
        <translation>primera décima parte %1 /s, última %2 /s; %3 ms por llamada de %4; %5</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>postgres: skipped (no --postgres URL of an empty database).</source>
        <translation>postgres: omitido (no hay URL --postgres de una base de datos vacía).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Environment: Qt %1, %2 × %3, %4.</source>
        <translation>Entorno: Qt %1, %2 × %3, %4.</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>importArticles()</source>
        <translation>importArticles()</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>importArticles(), first %1 articles (fresh file)</source>
        <translation>importArticles(), primeros %1 artículos (archivo nuevo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>best of %1 rounds; %2</source>
        <translation>la mejor de %1 rondas; %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>create(), first %1 articles (begin/commit per %2)</source>
        <translation>create(), primeros %1 artículos (begin/commit cada %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SQLite C API, first %1 articles (prepared statements, no Qt)</source>
        <translation>API C de SQLite, primeros %1 artículos (sentencias preparadas, sin Qt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>best of %1 rounds; %2; the floor: what SQLite itself does with the same rows and schema, without Qt or Copydesk (one prepared statement per table, values bound, one transaction per %3 articles, Copydesk&apos;s PRAGMAs)</source>
        <translation>la mejor de %1 rondas; %2; el suelo: lo que hace el propio SQLite con las mismas filas y el mismo esquema, sin Qt ni Copydesk (una sentencia preparada por tabla, valores enlazados, una transacción cada %3 artículos, los PRAGMA de Copydesk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1x the time per article of SQLite&apos;s C API (the floor)</source>
        <translation>%1 veces el tiempo por artículo de la API C de SQLite (el suelo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite C API comparison failed: %1</source>
        <translation>falló la comparación con la API C de SQLite: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opening the %1-article file…</source>
        <translation>Abriendo el archivo de %1 artículos…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>open (new Database object, same process)</source>
        <translation>apertura (objeto Database nuevo, mismo proceso)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The open probe failed: %1</source>
        <translation>La prueba de apertura falló: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open (new process, incl. loading the driver)</source>
        <translation>apertura (proceso nuevo, incluida la carga del controlador)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>sqlite3: a shell opening the file and running Copydesk&apos;s PRAGMAs and schema checks, minus a shell on :memory:</source>
        <translation>sqlite3: un shell que abre el archivo y ejecuta los PRAGMA y las comprobaciones de esquema de Copydesk, menos un shell sobre :memory:</translation>
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
        <translation>list devolvió un número de filas incorrecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list --limit 50 (newest first)</source>
        <translation>list --limit 50 (primero los más recientes)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>search top 50: common word “%1”</source>
        <translation>búsqueda, primeros 50: palabra común «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search top 50: rare proper noun “%1”</source>
        <translation>búsqueda, primeros 50: nombre propio poco frecuente «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search top 50: two words “%1”</source>
        <translation>búsqueda, primeros 50: dos palabras «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search “%1”…</source>
        <translation>búsqueda «%1»…</translation>
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
        <translation>la búsqueda «%1» devolvió un número de filas incorrecto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 matching articles (FTS expression %2), ranked among the newest %3</source>
        <translation>%1 artículos coincidentes (expresión FTS %2), ordenados por relevancia entre los %3 más recientes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count matches: “%1” (%2)</source>
        <translation>contar coincidencias: «%1» (%2)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>sqlite3: the 4-5 SELECTs ArticleStore::load runs in one read transaction, for the same ids</source>
        <translation>sqlite3: los 4-5 SELECT que ArticleStore::load ejecuta en una transacción de lectura, para los mismos ID</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>save one edited paragraph, after optimizeSearchIndex()</source>
        <translation>guardar un párrafo editado, tras optimizeSearchIndex()</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>save one edited paragraph (save()), right after the import</source>
        <translation>guardar un párrafo editado (save()), justo después de la importación</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the %1 encoder returned nothing for article %2</source>
        <translation>el codificador %1 no devolvió nada para el artículo %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export: %1 articles in memory, three formats…</source>
        <translation>exportación: %1 artículos en memoria, tres formatos…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>export %1, %2 articles (load + encode)</source>
        <translation>exportación %1, %2 artículos (carga + codificación)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per article: loadMany %1 µs + encoding %2 µs; %3 KB on average; one read transaction around all of them, as copydesk-cli does</source>
        <translation>por artículo: loadMany %1 µs + codificación %2 µs; %3 KB de media; una transacción de lectura para todos, como hace copydesk-cli</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>export: %1 files of %2 bytes with plain POSIX calls, for reference…</source>
        <translation>exportación: %1 archivos de %2 bytes con llamadas POSIX simples, como referencia…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reference: %1 files of %2 bytes (the average over the formats) written in a fresh folder as BatchFileWriter does, with plain POSIX calls and no Qt: open(O_CREAT|O_EXCL)/write/close under temporary names, one syncfs(), the renames, one fsync() of the folder; ratio = Copydesk&apos;s time per article / that time per file</source>
        <translation>referencia: %1 archivos de %2 bytes (la media de los formatos) escritos en una carpeta nueva como lo hace BatchFileWriter, con llamadas POSIX simples y sin Qt: open(O_CREAT|O_EXCL)/write/close con nombres temporales, un syncfs(), los cambios de nombre, un fsync() de la carpeta; proporción = tiempo de Copydesk por artículo / ese tiempo por archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file system reference failed: %1</source>
        <translation>falló la referencia del sistema de archivos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export %1: %2 articles to files…</source>
        <translation>exportación %1: %2 artículos a archivos…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>export wrote %1 files for %2 articles</source>
        <translation>la exportación escribió %1 archivos para %2 artículos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export %1, %2 articles to files (FolderExport)</source>
        <translation>exportación %1, %2 artículos a archivos (FolderExport)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as copydesk-cli export --all: loadMany() a chunk at a time while a worker thread encodes and writes the previous chunk, then one sync to disk and the renames</source>
        <translation>como copydesk-cli export --all: loadMany() por bloques mientras un hilo de trabajo codifica y escribe el bloque anterior; luego una sincronización con el disco y los renombrados</translation>
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
        <translation>se omitió check con revisión ortográfica: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 findings, %2 of the articles may not be approved yet</source>
        <translation>%1 hallazgos; %2 de los artículos aún no pueden aprobarse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check --all --no-spelling, %1 articles (LibraryReview)</source>
        <translation>check --all --no-spelling, %1 artículos (LibraryReview)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check --all --no-suggestions, %1 articles</source>
        <translation>check --all --no-suggestions, %1 artículos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check with spelling and suggestions, the first %1 articles</source>
        <translation>check con revisión ortográfica y sugerencias, los primeros %1 artículos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check: copydesk-cli check --all --json…</source>
        <translation>check: copydesk-cli check --all --json…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>copydesk-cli check --all failed: %1 %2</source>
        <translation>copydesk-cli check --all falló: %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copydesk-cli check --all --no-spelling --json, %1 articles</source>
        <translation>copydesk-cli check --all --no-spelling --json, %1 artículos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole process: opening the database, listing the ids, the review and writing the JSON (to /dev/null)</source>
        <translation>todo el proceso: abrir la base de datos, listar los ID, la revisión y escribir el JSON (en /dev/null)</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>load: 1,000 random articles…</source>
        <translation>load: 1000 artículos al azar…</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Writing the first %1 articles with importArticles(), create(), the sqlite3 shell and SQLite&apos;s C API, %2 interleaved rounds…</source>
        <translation>Escribiendo los primeros %1 artículos con importArticles(), create(), el intérprete sqlite3 y la API C de SQLite, %2 rondas intercaladas…</translation>
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
        <translation>cargar un artículo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>optimizing the full-text index…</source>
        <translation>optimizando el índice de texto completo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optimizeSearchIndex</source>
        <translation>optimizeSearchIndex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optimizeSearchIndex() once, after the import</source>
        <translation>optimizeSearchIndex() una vez, tras la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merges the full-text index that the bulk import left in large segments; the saves measured after it show what it is for</source>
        <translation>fusiona el índice de texto completo que la importación masiva dejó en segmentos grandes; los guardados medidos después muestran para qué sirve</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save again after optimizeSearchIndex(), 500 other random articles…</source>
        <translation>guardar de nuevo tras optimizeSearchIndex(), otros 500 artículos al azar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save: one edited paragraph, 500 random articles…</source>
        <translation>save: un párrafo editado, 500 artículos al azar…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>sqlite3: the same reads, source look-ups, revision insert and article/paragraph/search-text updates in one transaction, on %1 other articles</source>
        <translation>sqlite3: las mismas lecturas, búsquedas de fuentes, inserción de revisión y actualizaciones de artículo, párrafo y texto de búsqueda en una transacción, sobre %1 artículos distintos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>edit cycle (load + edit + save)</source>
        <translation>ciclo de edición (cargar + editar + guardar)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+76"/>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>loadMany</source>
        <translation>loadMany</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../app/widgets/BodyEditor.cpp" line="+47"/>
        <source>Article body</source>
        <translation>Cuerpo del artículo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach Source…</source>
        <translation>Atribuir fuente…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach a source to the current paragraph</source>
        <translation>Atribuir una fuente al párrafo actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Paragraph Up</source>
        <translation>Subir párrafo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the current paragraph above the previous one</source>
        <translation>Mover el párrafo actual por encima del anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Paragraph Down</source>
        <translation>Bajar párrafo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the current paragraph below the next one</source>
        <translation>Mover el párrafo actual por debajo del siguiente</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>Move text</source>
        <translation>movimiento de texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop text</source>
        <translation>colocación de texto</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+141"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows the version of copydesk-cli.</source>
        <translation>Muestra la versión de copydesk-cli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prints JSON instead of a table.</source>
        <translation>Imprime JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+877"/>
        <location line="+655"/>
        <location line="+539"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="-2064"/>
        <source>Only articles whose headline, summary, body or meta titles contain these words.</source>
        <translation>Solo los artículos cuyo titular, resumen, cuerpo o metatítulos contienen estas palabras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most N articles, most recently updated first.</source>
        <translation>Como máximo N artículos, primero los actualizados más recientemente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exports every article.</source>
        <translation>Exporta todos los artículos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1800"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="-1761"/>
        <location line="+145"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Removes the link to the previous article.</source>
        <translation>Quita el enlace al artículo anterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the link to the next article.</source>
        <translation>Quita el enlace al artículo siguiente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language: a BCP 47 tag (en-US, de, pt-BR) or a Hunspell dictionary name (en_US). Default: en-US, or the article&apos;s language with --article.</source>
        <translation>El idioma: una etiqueta BCP 47 (en-US, de, pt-BR) o el nombre de un diccionario de Hunspell (en_US). Predeterminado: en-US o, con --article, el idioma del artículo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks a stored article instead of a file: its headline, summary, byline, body paragraphs and meta titles, accepting the newsroom dictionary and the words ignored in that article.</source>
        <translation>Revisa un artículo guardado en lugar de un archivo: su titular, resumen, firma, párrafos del cuerpo y metatítulos, y acepta el diccionario de la redacción y las palabras omitidas en ese artículo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also accepts the words of the newsroom dictionary in the database (always so with --article).</source>
        <translation>Acepta también las palabras del diccionario de la redacción de la base de datos (siempre con --article).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists the misspelled words without suggestions, which is much faster (like hunspell -l).</source>
        <translation>Lista las palabras mal escritas sin sugerencias, lo que es mucho más rápido (como hunspell -l).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looks for suggestions in at most N processes at once, each with its own copy of the dictionary. Default: one per processor core.</source>
        <translation>Busca sugerencias en un máximo de N procesos a la vez, cada uno con su propia copia del diccionario. Predeterminado: uno por núcleo del procesador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Internal: answers a SuggestionPool request.</source>
        <translation>Interno: responde a una solicitud de SuggestionPool.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prints a JSON array [{word, line, column, suggestions}] instead of one line per misspelled word.</source>
        <translation>Imprime un array JSON [{word, line, column, suggestions}] en lugar de una línea por palabra mal escrita.</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+288"/>
        <source>FILE...</source>
        <translation>ARCHIVO...</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Imports .txt and ninjs .json files; all of them or none.</source>
        <translation>Importa archivos .txt y .json de ninjs: todos o ninguno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[--status S] [--search Q] [--limit N] [--json]</source>
        <translation>[--status S] [--search Q] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists articles, most recently updated first.</source>
        <translation>Lista los artículos, primero los actualizados más recientemente.</translation>
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
        <translation>Muestra un artículo con sus párrafos, fuentes, metatítulos y enlaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes articles as files for the publishing system.</source>
        <translation>Escribe los artículos como archivos para el sistema de publicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PREV NEXT</source>
        <translation>ANT SIG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Makes NEXT the article that follows PREV.</source>
        <translation>Hace que SIG sea el artículo que sigue a ANT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID --prev|--next</source>
        <translation>ID --prev|--next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the link to the previous or the next article.</source>
        <translation>Quita el enlace al artículo anterior o al siguiente.</translation>
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
        <translation>Lista las versiones guardadas de un artículo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID VERSION</source>
        <translation>ID VERSIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes an earlier version current again, as a new version.</source>
        <translation>Vuelve a hacer actual una versión anterior, como una versión nueva.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>One of the commands listed below.</source>
        <translation>Uno de los comandos que se indican abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command&apos;s arguments and options.</source>
        <translation>Los argumentos y opciones del comando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--db needs the path of a database file.</source>
        <translation>--db necesita la ruta de un archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no command given; run &apos;%1 --help&apos; to list the commands.</source>
        <translation>no se indicó ningún comando; ejecute «%1 --help» para ver la lista de comandos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>unknown command &apos;%1&apos;; run &apos;%2 --help&apos; to list the commands.</source>
        <translation>comando desconocido «%1»; ejecute «%2 --help» para ver la lista de comandos.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+22"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of one command.</source>
        <translation>Ejecute «%1 COMANDO --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>FILE|-|--article ID [--lang L] [--newsroom] [--json] [--no-suggestions] [--jobs N]</source>
        <translation>ARCHIVO|-|--article ID [--lang L] [--newsroom] [--json] [--no-suggestions] [--jobs N]</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Only articles with this status: draft, review, changes-requested, approved, published, corrected or archived.</source>
        <translation>Solo los artículos con este estado: draft, review, changes-requested, approved, published, corrected o archived.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Checks every article.</source>
        <translation>Revisa todos los artículos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints a JSON array [{article: {id, uuid, headline}, findings: [...]}] instead of a list.</source>
        <translation>Imprime un array JSON [{article: {id, uuid, headline}, findings: [...]}] en lugar de una lista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skips the SPELLING rule (no dictionaries are loaded).</source>
        <translation>Omite la regla SPELLING (no se cargan diccionarios).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPELLING findings without suggestions, which is much faster.</source>
        <translation>Hallazgos SPELLING sin sugerencias, lo que es mucho más rápido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A comment for the audit log (required to request changes).</source>
        <translation>Un comentario para el registro de auditoría (necesario para solicitar cambios).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A chief approving over blocking findings: the written reason, stored in the audit log.</source>
        <translation>Un jefe de redacción aprueba pese a hallazgos bloqueantes: el motivo por escrito, que se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who acts, as recorded in the audit log. Default: $COPYDESK_USER, else the name in the Copydesk preferences, else the login name.</source>
        <translation>Quién actúa, tal como se registra en el registro de auditoría. Predeterminado: $COPYDESK_USER o, si no, el nombre de las preferencias de Copydesk o, si no, el nombre de usuario.</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+135"/>
        <location line="+7"/>
        <location line="+1561"/>
        <location line="+68"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location line="-1802"/>
        <source>The export format: ninjs (IPTC ninjs 3.1 JSON, the default), newsml (IPTC NewsML-G2 2.35 XML) or html (an HTML5 page).</source>
        <translation>El formato de exportación: ninjs (IPTC ninjs 3.1 JSON, el predeterminado), newsml (IPTC NewsML-G2 2.35 XML) o html (una página HTML5).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With --format html, how paragraphs show their sources: none, inline (&quot;(Source: A; B)&quot; after the text) or notes (numbered source notes at the end, the default).</source>
        <translation>Con --format html, cómo muestran los párrafos sus fuentes: none, inline («(Fuente: A; B)» tras el texto) o notes (notas de fuentes numeradas al final, el predeterminado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STYLE</source>
        <translation>ESTILO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --format html, where the newsroom publishes an article, {uuid} standing for its uuid (e.g. https://news.example/a/{uuid}); previous/next links and the canonical link use it.</source>
        <translation>Con --format html, dónde publica la redacción un artículo, donde {uuid} representa su UUID (p. ej., https://news.example/a/{uuid}); lo usan los enlaces al artículo anterior y al siguiente y el enlace canónico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PATTERN</source>
        <translation>PATRÓN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --format newsml, the newsroom named as the provider (default: Copydesk).</source>
        <translation>Con --format newsml, la redacción que figura como proveedor (predeterminado: Copydesk).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder to write the files to; created when missing. Each article becomes &lt;slug or uuid&gt;-v&lt;version&gt; and the format&apos;s ending: .ninjs.json, .newsml.xml or .html.</source>
        <translation>La carpeta donde se escriben los archivos; se crea si no existe. Cada artículo se convierte en &lt;slug o uuid&gt;-v&lt;versión&gt; con la terminación del formato: .ninjs.json, .newsml.xml o .html.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>The role to act in: editor, reviewer or chief. Default: $COPYDESK_ROLE, else the role in the Copydesk preferences, else editor.</source>
        <translation>El rol con el que actúa: editor, reviewer o chief. Predeterminado: $COPYDESK_ROLE o, si no, el rol de las preferencias de Copydesk o, si no, editor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verdict: verified, disputed or unchecked.</source>
        <translation>El veredicto: verified, disputed o unchecked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>VEREDICTO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reviewer&apos;s note on the source (what was checked).</source>
        <translation>La nota del revisor sobre la fuente (qué se comprobó).</translation>
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
        <translation>La base de datos: un archivo SQLite de Copydesk o un servidor de la redacción como postgresql://user@host:port/database. Predeterminada: $COPYDESK_DB o, si no, el archivo que usa la aplicación Copydesk.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Only this destination (its name).</source>
        <translation>Solo este destino (su nombre).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every approved article not yet published.</source>
        <translation>Todos los artículos aprobados aún no publicados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add: a hot folder; each file appears complete.</source>
        <translation>add: una carpeta vigilada (hot folder); cada archivo aparece completo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: an HTTP(S) endpoint that receives a POST of the ninjs.</source>
        <translation>add: un punto de conexión HTTP(S) que recibe el ninjs mediante POST.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: a request header for the endpoint, e.g. &quot;Authorization: Bearer T&quot; (repeatable).</source>
        <translation>add: una cabecera de solicitud para el punto de conexión, p. ej. «Authorization: Bearer T» (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HEADER</source>
        <translation>CABECERA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add: seconds the endpoint has to answer (default 10).</source>
        <translation>add: segundos que tiene el punto de conexión para responder (predeterminado: 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: further attempts after a failure that may pass (default 3).</source>
        <translation>add: intentos adicionales tras un fallo que puede ser pasajero (predeterminado: 3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: store the destination switched off.</source>
        <translation>add: guardar el destino desactivado.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ID...|--all [--format ninjs|newsml|html] --out DIR</source>
        <translation>ID...|--all [--format ninjs|newsml|html] --out CARPETA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lists the misspelled words of a text or an article with their line, column and suggestions.</source>
        <translation>Lista las palabras mal escritas de un texto o un artículo con su línea, columna y sugerencias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID...|--all [--json] [--no-spelling] [--no-suggestions]</source>
        <translation>ID...|--all [--json] [--no-spelling] [--no-suggestions]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the review findings of articles; exit status 1 when any is blocking.</source>
        <translation>Lista los hallazgos de revisión de los artículos; estado de salida 1 si alguno es bloqueante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID STATUS [--comment C] [--override REASON] [--as NAME --role ROLE]</source>
        <translation>ID ESTADO [--comment C] [--override MOTIVO] [--as NOMBRE --role ROL]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves an article through the review workflow (draft, review, changes-requested, approved, published, corrected, archived).</source>
        <translation>Lleva un artículo por el flujo de revisión (draft, review, changes-requested, approved, published, corrected, archived).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID PARAGRAPH SOURCE --state verified|disputed|unchecked [--note N] [--as NAME]</source>
        <translation>ID PÁRRAFO FUENTE --state verified|disputed|unchecked [--note N] [--as NOMBRE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records a reviewer&apos;s verdict on one attribution of a paragraph (its uuid or number).</source>
        <translation>Registra el veredicto de un revisor sobre una atribución de un párrafo (su UUID o número).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list [--json] | add WORD... | remove WORD...</source>
        <translation>list [--json] | add PALABRA... | remove PALABRA...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or changes the newsroom dictionary, shared by every desk on the database.</source>
        <translation>Muestra o cambia el diccionario de la redacción, compartido por todos los puestos de la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list [--json] | add NAME --folder DIR [--format F] | add NAME --url URL [--header H]... [--timeout S] [--retries N] | remove NAME | enable NAME | disable NAME</source>
        <translation>list [--json] | add NOMBRE --folder CARPETA [--format F] | add NOMBRE --url URL [--header H]... [--timeout S] [--retries N] | remove NOMBRE | enable NOMBRE | disable NOMBRE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or changes where articles are published (shared by every desk).</source>
        <translation>Muestra o cambia dónde se publican los artículos (compartido por todos los puestos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID...|--approved [--destination NAME] [--as NAME --role ROLE]</source>
        <translation>ID...|--approved [--destination NOMBRE] [--as NOMBRE --role ROL]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends approved articles to every enabled destination; exit status 1 when a delivery failed.</source>
        <translation>Envía los artículos aprobados a todos los destinos activados; estado de salida 1 si falló alguna entrega.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID... [--destination NAME] [--as NAME --role ROLE]</source>
        <translation>ID... [--destination NOMBRE] [--as NOMBRE --role ROL]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archives published articles and sends pubStatus canceled wherever they went.</source>
        <translation>Archiva los artículos publicados y envía pubStatus canceled a todos los destinos adonde se enviaron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets up a newsroom PostgreSQL database: the schema, the roles copydesk_editor, copydesk_reviewer and copydesk_chief, their grants and the rules the server enforces. Run once by the database owner (and again after an upgrade).</source>
        <translation>Prepara una base de datos PostgreSQL compartida de la redacción: el esquema, los roles copydesk_editor, copydesk_reviewer y copydesk_chief, sus permisos y las reglas que impone el servidor. Lo ejecuta una vez el propietario de la base de datos (y de nuevo tras una actualización).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from LOCATION --to LOCATION</source>
        <translation>--from UBICACIÓN --to UBICACIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies a whole library (articles, revisions, sources, links, review and publishing records) into an empty database, SQLite file or PostgreSQL, and verifies it by counts and checksums.</source>
        <translation>Copia una biblioteca completa (artículos, revisiones, fuentes, enlaces, registros de revisión y publicación) en una base de datos vacía, archivo SQLite o PostgreSQL, y la verifica mediante recuentos y sumas de comprobación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists every delivery of an article: destination, version, time, result.</source>
        <translation>Lista cada entrega de un artículo: destino, versión, hora, resultado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imports, lists, shows, links, exports and spell-checks the articles of a Copydesk database.</source>
        <translation>Importa, lista, muestra, enlaza, exporta y revisa la ortografía de los artículos de una base de datos de Copydesk.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--db needs the path of a database file or a postgresql:// URL.</source>
        <translation>--db necesita la ruta de un archivo de base de datos o una URL postgresql://.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exit status: 0 success; 1 conflict (someone saved first), or spell found misspelled words; 2 bad input or usage (nothing was written), or no spelling dictionary for the language; 3 database unavailable or damaged.</source>
        <translation>Estado de salida: 0 éxito; 1 conflicto (otra persona guardó antes) o spell encontró palabras mal escritas; 2 entrada o uso incorrectos (no se escribió nada) o no hay diccionario ortográfico para el idioma; 3 base de datos no disponible o dañada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>init takes no arguments.</source>
        <translation>init no admite argumentos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: schema version %2, roles %3, %4 and %5 with their grants and rules.</source>
        <translation>%1: versión del esquema %2, roles %3, %4 y %5 con sus permisos y reglas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give each login one role, e.g.: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE copydesk_editor;</source>
        <translation>Asigne un rol a cada usuario, p. ej.: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE copydesk_editor;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library to copy: a file or a postgresql:// URL.</source>
        <translation>La biblioteca que se copiará: un archivo o una URL postgresql://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>LOCATION</source>
        <translation>UBICACIÓN</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Where to copy it: a new or empty file, or an empty PostgreSQL database (postgresql:// URL).</source>
        <translation>Dónde copiarla: un archivo nuevo o vacío, o una base de datos PostgreSQL vacía (URL postgresql://).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>migrate takes --from and --to, no other arguments.</source>
        <translation>migrate admite --from y --to, ningún otro argumento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give both --from LOCATION and --to LOCATION.</source>
        <translation>indique tanto --from UBICACIÓN como --to UBICACIÓN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from and --to name the same database.</source>
        <translation>--from y --to designan la misma base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>TABLE</source>
        <translation>TABLA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROWS</source>
        <translation>FILAS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHECKSUM</source>
        <translation>SUMA DE COMPROBACIÓN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1 to %2; every table&apos;s row count and checksum match.</source>
        <translation>Se copió %1 en %2; el número de filas y la suma de comprobación de cada tabla coinciden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Article files: .txt (the plain-text format) or .json (ninjs). Other names are read as ninjs when they start with &apos;{&apos;, else as plain text. Articles whose uri is already in the database update it; links between the files resolve in any order.</source>
        <translation>Archivos de artículo: .txt (el formato de texto plano) o .json (ninjs). Los demás nombres se leen como ninjs si empiezan por «{» y, si no, como texto plano. Los artículos cuyo URI ya está en la base de datos la actualizan; los enlaces entre los archivos se resuelven en cualquier orden.</translation>
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
        <translation>El artículo: su ID, UUID o URI.</translation>
    </message>
    <message>
        <location line="-1191"/>
        <location line="+934"/>
        <location line="+245"/>
        <location line="+6"/>
        <source>The articles: ids, uuids or uris.</source>
        <translation>Los artículos: ID, UUID o URI.</translation>
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
        <translation>El artículo anterior (ID, UUID o URI).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PREV</source>
        <translation>ANT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article that follows it.</source>
        <translation>El artículo que lo sigue.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT</source>
        <translation>SIG</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version to bring back (see history).</source>
        <translation>La versión que se recupera (vea history).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+524"/>
        <location line="+934"/>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <location line="-1449"/>
        <source>The text to check, in UTF-8; - reads standard input. Each misspelled word is printed as FILE:LINE:COLUMN: WORD: SUGGESTIONS (up to %1), columns counted in characters. Your personal dictionary is accepted too. Exit status 1 when a word is misspelled, 0 when none is.</source>
        <translation>El texto que revisar, en UTF-8; - lee la entrada estándar. Cada palabra mal escrita se imprime como ARCHIVO:LÍNEA:COLUMNA: PALABRA: SUGERENCIAS (hasta %1), con las columnas contadas en caracteres. También se acepta su diccionario personal. Estado de salida 1 si alguna palabra está mal escrita y 0 si no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FILE|-</source>
        <translation>ARCHIVO|-</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list: the words with who added them and when; add: adds the words, recorded as added by %1 ($COPYDESK_USER, else your login name); remove: removes them (all of them or, if one is not listed, none).</source>
        <translation>list: las palabras con quién las añadió y cuándo; add: añade las palabras, registradas como añadidas por %1 ($COPYDESK_USER o, si no, su nombre de usuario); remove: las quita (todas o, si una no figura, ninguna).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list|add|remove</source>
        <translation>list|add|remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words to add or remove.</source>
        <translation>Las palabras que añadir o quitar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[WORD...]</source>
        <translation>[PALABRA...]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no such file.</source>
        <translation>no existe el archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not an article file.</source>
        <translation>es una carpeta, no un archivo de artículo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than %1 MiB, the most an article file may be.</source>
        <translation>el archivo ocupa más de %1 MiB, el máximo para un archivo de artículo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty; there is no article to import.</source>
        <translation>el archivo está vacío; no hay ningún artículo que importar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a valid article file.</source>
        <translation>no es un archivo de artículo válido.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot open the database.</source>
        <translation>%1: no se puede abrir la base de datos.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no article &apos;%1&apos; in %2 (give its id, uuid or uri).</source>
        <translation>no hay ningún artículo «%1» en %2 (indique su ID, UUID o URI).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no article with id %1.</source>
        <translation>no hay ningún artículo con el ID %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>run &apos;%1 %2 --help&apos; for its usage.</source>
        <translation>ejecute «%1 %2 --help» para ver su uso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the database refused the operation.</source>
        <translation>la base de datos rechazó la operación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>name at least one file to import.</source>
        <translation>indique al menos un archivo para importar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing was imported; correct the files above and import them again.</source>
        <translation>no se importó nada; corrija los archivos indicados arriba e impórtelos de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+460"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>nothing was imported.</source>
        <translation>no se importó nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported %1 %2 %3</source>
        <translation>importado %1 %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imported %1</source>
        <translation>importado %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--status: &apos;%1&apos; is not a status; use draft, review, approved or published.</source>
        <translation>--status: «%1» no es un estado; use draft, review, approved o published.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--limit: &apos;%1&apos; is not a positive whole number.</source>
        <translation>--limit: «%1» no es un número entero positivo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No articles.</source>
        <translation>No hay artículos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UPDATED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BYLINE</source>
        <translation>FIRMA</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+260"/>
        <source>HEADLINE</source>
        <translation>TITULAR</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+196"/>
        <location line="+38"/>
        <source>give exactly one article (id, uuid or uri).</source>
        <translation>indique exactamente un artículo (ID, UUID o URI).</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paragraphs (%1):</source>
        <translation>Párrafos (%1):</translation>
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
        <translation>— fuentes: ninguna (sin atribución)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— sources: %1</source>
        <translation>— fuentes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta titles (%1):</source>
        <translation>Metatítulos (%1):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(chosen)</source>
        <translation>(elegido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes: %1</source>
        <translation>notas: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+574"/>
        <source>give article ids or --all, not both.</source>
        <translation>indique ID de artículos o --all, no ambos.</translation>
    </message>
    <message>
        <location line="-572"/>
        <source>name the articles to export, or give --all.</source>
        <translation>indique los artículos que exportar o use --all.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+904"/>
        <source>--format: unknown format &apos;%1&apos;; use ninjs, newsml or html.</source>
        <translation>--format: formato desconocido «%1»; use ninjs, newsml o html.</translation>
    </message>
    <message>
        <location line="-896"/>
        <source>--attributions: unknown style &apos;%1&apos;; use none, inline or notes.</source>
        <translation>--attributions: estilo desconocido «%1»; use none, inline o notes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--provider: the newsroom&apos;s name is empty.</source>
        <translation>--provider: el nombre de la redacción está vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out DIR is required: the folder to write the files to.</source>
        <translation>se requiere --out CARPETA: la carpeta donde se escriben los archivos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out %1: is a file, not a folder.</source>
        <translation>--out %1: es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--out %1: cannot create the folder.</source>
        <translation>--out %1: no se puede crear la carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out %1: the folder is not writable.</source>
        <translation>--out %1: no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exported %1 %2</source>
        <translation>exportado %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give two articles: PREV and the NEXT one that follows it.</source>
        <translation>indique dos artículos: ANT y el SIG que lo sigue.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>linked %1 &quot;%2&quot; -&gt; %3 &quot;%4&quot;</source>
        <translation>enlazado %1 «%2» -&gt; %3 «%4»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give either --prev or --next.</source>
        <translation>indique --prev o --next.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no previous article; nothing to unlink.</source>
        <translation>%1 no tiene artículo anterior; no hay nada que desenlazar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no next article; nothing to unlink.</source>
        <translation>%1 no tiene artículo siguiente; no hay nada que desenlazar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unlinked %1 &quot;%2&quot; from %3 &quot;%4&quot;</source>
        <translation>desenlazado %1 «%2» de %3 «%4»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SAVED</source>
        <translation>GUARDADO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>* the current version</source>
        <translation>* la versión actual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the article and the version to restore.</source>
        <translation>indique el artículo y la versión que restaurar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VERSION: &apos;%1&apos; is not a version number (see history).</source>
        <translation>VERSIÓN: «%1» no es un número de versión (vea history).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restored %1 to the content of version %2; it is now version %3</source>
        <translation>%1 restaurado al contenido de la versión %2; ahora es la versión %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give a FILE or --article ID, not both.</source>
        <translation>indique un ARCHIVO o --article ID, no ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a FILE to check (- for standard input) or --article ID.</source>
        <translation>indique un ARCHIVO que revisar (- para la entrada estándar) o --article ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one FILE; unexpected argument &apos;%1&apos;.</source>
        <translation>indique un solo ARCHIVO; argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lang needs a language, e.g. en-US or de.</source>
        <translation>--lang necesita un idioma, p. ej. en-US o de.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--jobs: &apos;%1&apos; is not a positive whole number.</source>
        <translation>--jobs: «%1» no es un número entero positivo.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>suggestion helper: cannot read standard input.</source>
        <translation>asistente de sugerencias: no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suggestion helper: %1.</source>
        <translation>asistente de sugerencias: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>give an action: list, add or remove (add and remove take words).</source>
        <translation>indique una acción: list, add o remove (add y remove llevan palabras).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list takes no words; unexpected argument &apos;%1&apos;.</source>
        <translation>list no lleva palabras; argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown action &apos;%1&apos;; give list, add or remove.</source>
        <translation>acción desconocida «%1»; indique list, add o remove.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--json goes with list only.</source>
        <translation>--json solo va con list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: name at least one word.</source>
        <translation>%1: indique al menos una palabra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a word that can be listed: it is empty or contains spaces.</source>
        <translation>«%1» no es una palabra que se pueda registrar: está vacía o contiene espacios.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The newsroom dictionary is empty.</source>
        <translation>El diccionario de la redacción está vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WORD</source>
        <translation>PALABRA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDED BY</source>
        <translation>AÑADIDA POR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDED</source>
        <translation>AÑADIDA</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>added %1</source>
        <translation>añadida: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in the newsroom dictionary already</source>
        <translation>%1 ya está en el diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not in the newsroom dictionary; nothing was removed.</source>
        <translation>«%1» no está en el diccionario de la redacción; no se quitó nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removed %1</source>
        <translation>quitada: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>on the newsroom server %1 you act as your login %2 (%3); --as and --role cannot change that.</source>
        <translation>en el servidor de la redacción %1 actúa como su usuario %2 (%3); --as y --role no pueden cambiarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--as: give a name.</source>
        <translation>--as: indique un nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--role: unknown role &apos;%1&apos;; give editor, reviewer or chief.</source>
        <translation>--role: rol desconocido «%1»; indique editor, reviewer o chief.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The new status: review, changes-requested, approved, published, corrected or archived.</source>
        <translation>El nuevo estado: review, changes-requested, approved, published, corrected o archived.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The paragraph: its uuid (see show --json) or its number from 1.</source>
        <translation>El párrafo: su UUID (vea show --json) o su número a partir de 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARAGRAPH</source>
        <translation>PÁRRAFO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source the paragraph cites, by name.</source>
        <translation>La fuente que cita el párrafo, por su nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name the articles to check, or give --all.</source>
        <translation>indique los artículos que revisar o use --all.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 &quot;%2&quot;: %n finding(s)</source>
        <translation>
            <numerusform>%1 «%2»: %n hallazgo</numerusform>
            <numerusform>%1 «%2»: %n hallazgos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>spelling was not checked for %1: %2</source>
        <translation>no se revisó la ortografía de %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s) checked</source>
        <translation>
            <numerusform>%n artículo revisado</numerusform>
            <numerusform>%n artículos revisados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocking finding(s)</source>
        <translation>
            <numerusform>%n hallazgo bloqueante</numerusform>
            <numerusform>%n hallazgos bloqueantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>en %n artículo</numerusform>
            <numerusform>en %n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the article and its new status.</source>
        <translation>indique el artículo y su nuevo estado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STATUS: unknown status &apos;%1&apos;; give review, changes-requested, approved, published, corrected or archived.</source>
        <translation>ESTADO: estado desconocido «%1»; indique review, changes-requested, approved, published, corrected o archived.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 &quot;%2&quot;: %3 -&gt; %4 (by %5, %6)</source>
        <translation>%1 «%2»: %3 -&gt; %4 (por %5, %6)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give the article, the paragraph and the source.</source>
        <translation>indique el artículo, el párrafo y la fuente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--state is required: verified, disputed or unchecked.</source>
        <translation>--state es obligatorio: verified, disputed o unchecked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--state: unknown state &apos;%1&apos;; give verified, disputed or unchecked.</source>
        <translation>--state: veredicto desconocido «%1»; indique verified, disputed o unchecked.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>article %1 has no paragraph &apos;%2&apos; (give its uuid, see show --json, or a number from 1 to %3).</source>
        <translation>el artículo %1 no tiene el párrafo «%2» (indique su UUID, vea show --json, o un número de 1 a %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paragraph %1 of article %2 does not cite &apos;%3&apos;; it cites: %4.</source>
        <translation>el párrafo %1 del artículo %2 no cita «%3»; cita: %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no source</source>
        <translation>ninguna fuente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &quot;%2&quot;, paragraph %3: %4 is %5 (by %6); the article is now version %7</source>
        <translation>%1 «%2», párrafo %3: %4 es %5 (por %6); el artículo es ahora la versión %7</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>list, add, remove, enable or disable.</source>
        <translation>list, add, remove, enable o disable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination&apos;s name.</source>
        <translation>El nombre del destino.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give an action: list, add, remove, enable or disable.</source>
        <translation>indique una acción: list, add, remove, enable o disable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list takes no name; unexpected argument &apos;%1&apos;.</source>
        <translation>list no admite un nombre; argumento inesperado «%1».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No publishing destination is set up.</source>
        <translation>No hay ningún destino de publicación configurado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENABLED</source>
        <translation>ACTIVADO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TARGET</source>
        <translation>UBICACIÓN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown action &apos;%1&apos;; give list, add, remove, enable or disable.</source>
        <translation>acción desconocida «%1»; indique list, add, remove, enable o disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: name one destination.</source>
        <translation>%1: indique un destino.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>removed destination &quot;%1&quot;</source>
        <translation>se eliminó el destino «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>enabled destination &quot;%1&quot;</source>
        <translation>se activó el destino «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled destination &quot;%1&quot;</source>
        <translation>se desactivó el destino «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: give the destination&apos;s name.</source>
        <translation>add: indique el nombre del destino.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: give either --folder DIR or --url URL.</source>
        <translation>add: indique --folder CARPETA o --url URL.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--header, --timeout and --retries go with --url.</source>
        <translation>--header, --timeout y --retries van con --url.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format: an HTTP endpoint receives ninjs.</source>
        <translation>--format: un punto de conexión HTTP recibe ninjs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--timeout: &apos;%1&apos; is not a number of seconds.</source>
        <translation>--timeout: «%1» no es un número de segundos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--retries: &apos;%1&apos; is not a number.</source>
        <translation>--retries: «%1» no es un número.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added destination &quot;%1&quot; (%2 %3)</source>
        <translation>se añadió el destino «%1» (%2 %3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give article ids or --approved, not both.</source>
        <translation>indique ID de artículos o --approved, no ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the articles to unpublish.</source>
        <translation>indique los artículos cuya publicación quiere retirar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the articles to publish, or give --approved.</source>
        <translation>indique los artículos que quiere publicar, o --approved.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No approved article is waiting to be published.</source>
        <translation>Ningún artículo aprobado espera su publicación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unpublishing</source>
        <translation>Retirando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publishing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; v%3</source>
        <translation>%1 «%2» v%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (already there)</source>
        <translation>%1 (ya estaba)</translation>
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
        <translation>retirado: %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>published %1 -&gt; %2</source>
        <translation>publicado: %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>name one article.</source>
        <translation>indique un artículo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Article %1 has not been published.</source>
        <translation>El artículo %1 no se ha publicado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DESTINATION</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>usable</source>
        <translation>vigente</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.ui" line="+6"/>
        <source>Someone Else Saved This Article</source>
        <translation>Otra persona guardó este artículo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your version (not saved)</source>
        <translation>Su versión (sin guardar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Their version (in the database)</source>
        <translation>La otra versión (en la base de datos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your version on top of theirs; theirs stays in the history</source>
        <translation>Guardar su versión encima de la otra; la otra queda en el historial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Tomar la otra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your unsaved edits and load their version</source>
        <translation>Descartar sus cambios sin guardar y cargar la otra versión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy Mine to a New Article</source>
        <translation>Copiar la mía a un artículo &amp;nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs here and save your version as a separate new article</source>
        <translation>Conservar aquí la otra versión y guardar la suya como un artículo nuevo aparte</translation>
    </message>
    <message>
        <location filename="../app/widgets/ConflictDialog.cpp" line="+14"/>
        <source>While you were editing version %1 of “%2”, version %3 was saved by someone else (at %4). Your edits are not lost: choose what to keep. Paragraphs that differ are highlighted.</source>
        <translation>Mientras usted editaba la versión %1 de «%2», otra persona guardó la versión %3 (el %4). Sus cambios no se han perdido: elija qué conservar. Los párrafos que difieren están resaltados.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../ui/ConnectServerDialog.ui" line="+6"/>
        <source>Connect to Newsroom Server</source>
        <translation>Conectar al servidor de la redacción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work in your newsroom&apos;s shared PostgreSQL database. Ask whoever runs it for these details.</source>
        <translation>Trabaje en la base de datos PostgreSQL compartida de su redacción. Pida estos datos a quien la administre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s name or address, or the folder of its Unix socket (starting with /)</source>
        <translation>El nombre o la dirección del servidor, o la carpeta de su socket Unix (empieza por /)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. newsroom</source>
        <translation>p. ej., newsroom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login on the server. On a newsroom server it is also who you work as.</source>
        <translation>Su usuario en el servidor. En un servidor de la redacción, también es la identidad con la que trabaja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty to use ~/.pgpass</source>
        <translation>Déjelo vacío para usar ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for this connection only; Copydesk never stores it. Empty: the password in ~/.pgpass (or PGPASSFILE) is used, and you are asked if the server wants one.</source>
        <translation>Solo se usa para esta conexión; Copydesk nunca la guarda. Vacío: se usa la contraseña de ~/.pgpass (o PGPASSFILE) y se le pedirá si el servidor la requiere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address Copydesk connects to (without the password), as File › Recent lists it and copydesk-cli --db accepts it</source>
        <translation>La dirección a la que se conecta Copydesk (sin la contraseña), tal como la muestra Archivo › Recientes y la acepta copydesk-cli --db</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <location filename="../app/widgets/ConnectServerDialog.cpp" line="+27"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Cifrar si el servidor lo ofrece (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt (require)</source>
        <translation>Cifrar siempre (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt and verify the server&apos;s certificate (verify-full)</source>
        <translation>Cifrar y verificar el certificado del servidor (verify-full)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never encrypt (disable)</source>
        <translation>No cifrar nunca (disable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the connection is encrypted; not used with a Unix socket folder</source>
        <translation>Si la conexión se cifra; no se usa con una carpeta de socket Unix</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation>Introduzca el nombre de la base de datos de la redacción.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+76"/>
        <source>The database is read-only.</source>
        <translation>La base de datos es de solo lectura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>The database is busy (another program holds a lock).</source>
        <translation>La base de datos está ocupada (otro programa mantiene un bloqueo).</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>%1: is a folder, not a database file.</source>
        <translation>%1: es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: permission denied (cannot read the file).</source>
        <translation>%1: permiso denegado (no se puede leer el archivo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1: no se puede crear la carpeta %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is not a Copydesk database (not an SQLite file).</source>
        <translation>%1: no es una base de datos de Copydesk (no es un archivo SQLite).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1: was written by a newer Copydesk (schema version %2; this version understands up to %3). Update Copydesk to open it; the file was not changed.</source>
        <translation>%1: lo escribió una versión más reciente de Copydesk (versión de esquema %2; esta versión entiende hasta la %3). Actualice Copydesk para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+666"/>
        <source>The disk is full: free some space, then try again.</source>
        <translation>El disco está lleno: libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="-664"/>
        <source>The database is read-only: the file, its folder or the disk does not allow writing.</source>
        <translation>La base de datos es de solo lectura: el archivo, su carpeta o el disco no permiten escribir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite could not open the file or create its write-ahead log beside it; check that the folder exists and can be written.</source>
        <translation>SQLite no pudo abrir el archivo ni crear junto a él su registro de escritura anticipada (WAL); compruebe que la carpeta existe y que se puede escribir en ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk or file system reported an error while reading or writing the file.</source>
        <translation>El disco o el sistema de archivos informó de un error al leer o escribir el archivo.</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>%1: is damaged: the file is cut short (%2 bytes, where its header says %3). It was left untouched; restore it from a backup.</source>
        <translation>%1: está dañado: el archivo está truncado (%2 bytes, cuando su cabecera indica %3). No se modificó; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: cannot be opened: its folder %2 is read-only, and SQLite needs to create its write-ahead log beside the file. Copy the file into a folder you can write to, or make the folder writable; the file was not changed.</source>
        <translation>%1: no se puede abrir: su carpeta %2 es de solo lectura y SQLite necesita crear su registro de escritura anticipada (WAL) junto al archivo. Copie el archivo a una carpeta en la que pueda escribir o permita la escritura en la carpeta; el archivo no se modificó.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot open for writing: %2</source>
        <translation>%1: no se puede abrir para escritura: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql).</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL) no está instalado (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: no se puede conectar: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the list of tables</source>
        <translation>leyendo la lista de tablas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: is damaged or not a database: %2</source>
        <translation>%1: está dañado o no es una base de datos: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: is a PostgreSQL database but not a Copydesk database (it has tables but no copydesk_meta table); it was left untouched.</source>
        <translation>%1: es una base de datos PostgreSQL pero no de Copydesk (tiene tablas pero no la tabla copydesk_meta); no se modificó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is an SQLite database but not a Copydesk database (it has no copydesk_meta table); it was left untouched.</source>
        <translation>%1: es una base de datos SQLite, pero no de Copydesk (no tiene la tabla copydesk_meta); no se ha tocado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the login %2 has none of the Copydesk roles (copydesk_editor, copydesk_reviewer, copydesk_chief) and may not open this database; ask the newsroom&apos;s database administrator to grant one.</source>
        <translation>%1: el usuario %2 no tiene ninguno de los roles de Copydesk (copydesk_editor, copydesk_reviewer, copydesk_chief) y no puede abrir esta base de datos; pida a la administración de bases de datos de la redacción que le asigne uno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: no se puede leer la versión del esquema: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: is not a Copydesk database (its copydesk_meta table does not identify it); it was left untouched.</source>
        <translation>%1: no es una base de datos de Copydesk (su tabla copydesk_meta no la identifica); no se ha tocado.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>switching to write-ahead logging</source>
        <translation>cambiando al registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>creating the schema</source>
        <translation>creando el esquema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>migrating to schema version %1</source>
        <translation>migrando a la versión de esquema %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recording the schema version</source>
        <translation>registrando la versión del esquema</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: the newsroom server is still unreachable: %2</source>
        <translation>%1: el servidor de la redacción sigue sin estar accesible: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>starting a transaction</source>
        <translation>iniciando una transacción</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: cannot start writing inside a read transaction.</source>
        <translation>%1: no se puede empezar a escribir dentro de una transacción de lectura.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>commit without a transaction</source>
        <translation>confirmación sin transacción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transaction was rolled back</source>
        <translation>la transacción se revirtió</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a statement failed, so the whole change was rolled back.</source>
        <translation>%1: falló una instrucción, así que se revirtió todo el cambio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>committing</source>
        <translation>confirmando</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+28"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: falló %2: %3</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Another desk changed the same rows at the same moment; try again.</source>
        <translation>Otro puesto modificó las mismas filas en el mismo momento; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the newsroom server was lost; Copydesk connects again with the next save, and nothing unsaved is discarded meanwhile.</source>
        <translation>Se perdió la conexión con el servidor de la redacción; Copydesk vuelve a conectarse al guardar la próxima vez y, mientras tanto, no se descarta nada sin guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s disk is full.</source>
        <translation>El disco del servidor está lleno.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>nothing to commit</source>
        <translation>nada que confirmar</translation>
    </message>
</context>
<context>
    <name>DeskRole</name>
    <message>
        <location filename="../app/core/DeskUser.cpp" line="+50"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chief</source>
        <translation>Jefe de redacción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editor</source>
        <translation>Redactor</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../ui/DestinationDialog.ui" line="+6"/>
        <source>Publishing Destination</source>
        <translation>Destino de publicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Website, Wire service</source>
        <translation>p. ej., Sitio web, Agencia de noticias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The publishing system&apos;s hot folder. Each file appears complete, named after the article&apos;s slug and version.</source>
        <translation>La carpeta vigilada del sistema de publicación. Cada archivo aparece completo, con el slug y la versión del artículo como nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
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
        <translation>Recibe mediante POST el documento ninjs de cada artículo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request &amp;headers:</source>
        <translation>Cabeceras de &amp;solicitud:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One “Name: value” per line, e.g.
Authorization: Bearer …</source>
        <translation>Un «Nombre: valor» por línea, p. ej.
Authorization: Bearer …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra request headers, one “Name: value” per line. Values such as tokens are shown masked everywhere except here.</source>
        <translation>Cabeceras de solicitud adicionales, una «Nombre: valor» por línea. Los valores como los tokens se muestran enmascarados en todas partes salvo aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Timeout:</source>
        <translation>Tiempo de esper&amp;a:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint&apos;s answer must start within this time.</source>
        <translation>La respuesta del punto de conexión debe empezar dentro de este tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Retries:</source>
        <translation>&amp;Reintentos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Further attempts after a failure that may pass (a server error, too many requests, a network error).</source>
        <translation>Intentos adicionales tras un fallo que puede ser pasajero (un error del servidor, demasiadas solicitudes, un error de red).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Publish to this destination</source>
        <translation>&amp;Publicar en este destino</translation>
    </message>
    <message>
        <location filename="../app/widgets/DestinationDialog.cpp" line="+19"/>
        <source>Hot folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP endpoint</source>
        <translation>Punto de conexión HTTP</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add Destination</source>
        <translation>Añadir destino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Destination</source>
        <translation>Editar destino</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose the Hot Folder</source>
        <translation>Elegir la carpeta vigilada</translation>
    </message>
</context>
<context>
    <name>DestinationModel</name>
    <message>
        <location filename="../app/models/DestinationModel.cpp" line="+38"/>
        <source>Hot folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP endpoint</source>
        <translation>Punto de conexión HTTP</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeout: %1 s, retries: %2</source>
        <translation>Tiempo de espera: %1 s, reintentos: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder or URL</source>
        <translation>Carpeta o URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
</context>
<context>
    <name>DictionariesPage</name>
    <message>
        <location filename="../ui/DictionariesPage.ui" line="+6"/>
        <source>Dictionaries</source>
        <translation>Diccionarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed languages</source>
        <translation>Idiomas instalados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each article is checked in its own language: the Language field of the article picks the dictionary (en-US uses en_US, de uses de_DE).</source>
        <translation>Cada artículo se revisa en su propio idioma: el campo Idioma del artículo elige el diccionario (en-US usa en_US, de usa de_DE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed dictionaries</source>
        <translation>Diccionarios instalados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Newsroom dictionary</source>
        <translation>Diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Newsroom words</source>
        <translation>Palabras de la redacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Añadida por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A word to accept in every article</source>
        <translation>Una palabra que aceptar en todos los artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New newsroom word</source>
        <translation>Nueva palabra de la redacción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal dictionary</source>
        <translation>Diccionario personal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal words</source>
        <translation>Palabras personales</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>R&amp;emove</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <location filename="../app/widgets/DictionariesPage.cpp" line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dictionary is installed: nothing is underlined. Install one, for example the Debian package hunspell-en-us.</source>
        <translation>No hay ningún diccionario instalado: no se subraya nada. Instale uno, por ejemplo el paquete de Debian hunspell-es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looked up in: %1. Put a dictionary of your own (name.aff and name.dic) in %2.</source>
        <translation>Se busca en: %1. Coloque un diccionario propio (nombre.aff y nombre.dic) en %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a database to see and edit its newsroom dictionary.</source>
        <translation>Abra una base de datos para ver y editar su diccionario de la redacción.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted in every article of %1, for every desk that works on it.</source>
        <translation>Se aceptan en todos los artículos de %1, en todos los puestos que trabajan con ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newsroom dictionary could not be read: %1</source>
        <translation>No se pudo leer el diccionario de la redacción: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your own words, accepted in every article you edit; kept in %1.</source>
        <translation>Sus propias palabras, aceptadas en todos los artículos que usted edite; se guardan en %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Añadir al diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove from Newsroom Dictionary</source>
        <translation>Quitar del diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove from Personal Dictionary</source>
        <translation>Quitar del diccionario personal</translation>
    </message>
</context>
<context>
    <name>DictionaryCatalog</name>
    <message>
        <location filename="../app/spelling/DictionaryCatalog.cpp" line="+246"/>
        <source>No spelling dictionary for the language &quot;%1&quot; is installed (looked for %2), and Debian has no package for it. Put %2.aff and %2.dic in %3 to check this language.</source>
        <translation>No hay ningún diccionario ortográfico instalado para el idioma «%1» (se buscó %2), y Debian no tiene ningún paquete para él. Coloque %2.aff y %2.dic en %3 para revisar este idioma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No spelling dictionary for the language &quot;%1&quot; is installed (looked for %2). Install the Debian package %3 (sudo apt install %3), or put %2.aff and %2.dic in %4.</source>
        <translation>No hay ningún diccionario ortográfico instalado para el idioma «%1» (se buscó %2). Instale el paquete de Debian %3 (sudo apt install %3) o coloque %2.aff y %2.dic en %4.</translation>
    </message>
</context>
<context>
    <name>DictionaryStore</name>
    <message>
        <location filename="../app/storage/DictionaryStore.cpp" line="+34"/>
        <source>A dictionary word cannot be empty.</source>
        <translation>Una palabra del diccionario no puede estar vacía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not one word: a dictionary word cannot contain spaces.</source>
        <translation>«%1» no es una sola palabra: una palabra del diccionario no puede contener espacios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>looking up article %1</source>
        <translation>buscando el artículo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no article %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the newsroom dictionary</source>
        <translation>leyendo el diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>adding “%1” to the newsroom dictionary</source>
        <translation>añadiendo «%1» al diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removing “%1” from the newsroom dictionary</source>
        <translation>quitando «%1» del diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not in the newsroom dictionary.</source>
        <translation>«%1» no está en el diccionario de la redacción.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the ignored words of article %1</source>
        <translation>leyendo las palabras omitidas del artículo %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ignoring “%1” in article %2</source>
        <translation>omitiendo «%1» en el artículo %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>saving the ignored words of article %1</source>
        <translation>guardando las palabras omitidas del artículo %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/widgets/ExportController.cpp" line="+64"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Export Articles</source>
        <translation>Exportar artículos</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Exported %1 of %2 articles</source>
        <translation>Exportados %1 de %2 artículos</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n artículo a %1</numerusform>
            <numerusform>Se exportaron %n artículos a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was exported to %1.</source>
        <translation>No se exportó nada a %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+6"/>
        <source>Export Articles</source>
        <translation>Exportar artículos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;open article</source>
        <translation>El artículo &amp;abierto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The articles &amp;selected in the list</source>
        <translation>Los artículos &amp;seleccionados en la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every article the list &amp;shows</source>
        <translation>Todos los artículos que &amp;muestra la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole &amp;library</source>
        <translation>Toda la &amp;biblioteca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sources shown:</source>
        <translation>F&amp;uentes mostradas:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Article &amp;address:</source>
        <translation>&amp;Dirección del artículo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://news.example/a/{uuid}</source>
        <translation>https://news.example/a/{uuid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the newsroom publishes an article; {uuid} stands for its uuid. Previous and next links point there.</source>
        <translation>Dónde publica la redacción un artículo; {uuid} representa su UUID. Los enlaces al artículo anterior y al siguiente apuntan allí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NewsML-G2</source>
        <translation>NewsML-G2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newsroom named as the provider of every item</source>
        <translation>La redacción que figura como proveedor de cada elemento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder to write the files to</source>
        <translation>Carpeta donde se escriben los archivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../app/widgets/ExportDialog.cpp" line="+28"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbered source notes at the end</source>
        <translation>Notas de fuentes numeradas al final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After each paragraph, “(Source: …)”</source>
        <translation>Tras cada párrafo, «(Fuente: …)»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The articles &amp;selected in the list (%1)</source>
        <translation>Los artículos &amp;seleccionados en la lista (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every article the list &amp;shows (%1)</source>
        <translation>Todos los artículos que &amp;muestra la lista (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole &amp;library (%1)</source>
        <translation>Toda la &amp;biblioteca (%1)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Each article becomes &lt;slug&gt;-v&lt;version&gt;%1; the files appear together once all are written, and a cancelled export leaves none.</source>
        <translation>Cada artículo se convierte en &lt;slug&gt;-v&lt;version&gt;%1; los archivos aparecen juntos cuando se han escrito todos, y una exportación cancelada no deja ninguno.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to Folder</source>
        <translation>Exportar a una carpeta</translation>
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
        <translation>Página web HTML5</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../app/widgets/ExportJob.cpp" line="+49"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1: no se puede crear la carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder is not writable.</source>
        <translation>%1: no se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../app/core/review/Finding.cpp" line="+61"/>
        <source>the headline</source>
        <translation>el titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the byline</source>
        <translation>la firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meta title %1</source>
        <translation>el metatítulo %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the meta titles</source>
        <translation>los metatítulos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paragraph %1</source>
        <translation>el párrafo %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the body</source>
        <translation>el cuerpo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the previous-article link</source>
        <translation>el enlace al artículo anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the next-article link</source>
        <translation>el enlace al artículo siguiente</translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <location filename="../app/storage/FolderExport.cpp" line="+97"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>GuiBenchRunner</name>
    <message>
        <location filename="../app/bench/gui/GuiBenchRunner.cpp" line="+92"/>
        <source>an X server</source>
        <translation>un servidor X</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>X11 (xcb), DISPLAY=%1, served by %2</source>
        <translation>X11 (xcb), DISPLAY=%1, servido por %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offscreen (QT_QPA_PLATFORM=offscreen: painting to memory, no display)</source>
        <translation>offscreen (QT_QPA_PLATFORM=offscreen: dibujo en memoria, sin pantalla)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform: %1; screen %2.</source>
        <translation>Plataforma: %1; pantalla %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot create a temporary directory: %1</source>
        <translation>No se puede crear un directorio temporal: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists but is not a library this benchmark made with the same options; remove it or choose another --dir.
%2</source>
        <translation>%1 existe, pero no es una biblioteca creada por esta prueba con las mismas opciones; elimínela o elija otro --dir.
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reusing %1 (left by --keep; the long article carries the edits of earlier runs).</source>
        <translation>Se reutiliza %1 (dejada por --keep; el artículo largo conserva las ediciones de ejecuciones anteriores).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generating %L1 articles in %2 …</source>
        <translation>Generando %L1 artículos en %2 …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generating the library failed (%1).</source>
        <translation>No se pudo generar la biblioteca (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The generator did not describe the library it made.</source>
        <translation>El generador no describió la biblioteca que creó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate %L1 list-only rows (one INSERT … SELECT)</source>
        <translation>generar %L1 filas solo para la lista (un INSERT … SELECT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store %1 full articles (ArticleStore::create)</source>
        <translation>guardar %1 artículos completos (ArticleStore::create)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the finished file to disk (fsync)</source>
        <translation>escribir el archivo terminado en el disco (fsync)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>library generation in total</source>
        <translation>generación de la biblioteca en total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>library file size</source>
        <translation>tamaño del archivo de la biblioteca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library has %L1 articles: %L2 list-only rows and %3 articles stored through ArticleStore::create (the long one and %4 ordinary ones, newest at the top of the list). List-only rows are rows of the articles table with everything the list shows (headline, status, byline, updated, paragraph and attributed counts) but no paragraphs, attributions or search text: the article list reads only the articles table (SELECT … FROM articles ORDER BY … LIMIT/OFFSET and count(*)), so they cost it exactly what real articles would, and a million of them are written in seconds instead of hours. Opening one shows an empty body; full-text search does not find them.</source>
        <translation>La biblioteca tiene %L1 artículos: %L2 filas solo para la lista y %3 artículos guardados con ArticleStore::create (el largo y %4 normales, los más recientes arriba en la lista). Las filas solo para la lista son filas de la tabla articles con todo lo que muestra la lista (titular, estado, firma, actualización, número de párrafos y de párrafos con atribución), pero sin párrafos, atribuciones ni texto de búsqueda: la lista de artículos solo lee la tabla articles (SELECT … FROM articles ORDER BY … LIMIT/OFFSET y count(*)), así que le cuestan exactamente lo mismo que artículos reales, y un millón se escribe en segundos en lugar de horas. Al abrir una, el cuerpo aparece vacío; la búsqueda de texto completo no las encuentra.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The long article: %L1 words in %2 paragraphs with %3 attributions (1–3 per paragraph), id %4.</source>
        <translation>El artículo largo: %L1 palabras en %2 párrafos con %3 atribuciones (1–3 por párrafo), ID %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generated in %1 s (list-only rows %2 s, full articles %3 s, fsync %4 s); file %5 MB.</source>
        <translation>Generada en %1 s (filas solo para la lista %2 s, artículos completos %3 s, fsync %4 s); archivo de %5 MB.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Startup with %L1 articles</source>
        <translation>Inicio con %L1 artículos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 --version failed: %2</source>
        <translation>%1 --version falló: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>process start → main() (`copydesk --version`)</source>
        <translation>inicio del proceso → main() (`copydesk --version`)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a child process: exec, dynamic linking, QApplication (display connection), translators, exit.</source>
        <translation>un proceso hijo: exec, enlazado dinámico, QApplication (conexión con la pantalla), traducciones, salida.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>main(): Database::open before the window</source>
        <translation>main(): Database::open antes de la ventana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The main window has no articleTable.</source>
        <translation>La ventana principal no tiene articleTable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The article list was not painted within 30 s.</source>
        <translation>La lista de artículos no se dibujó en 30 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MainWindow constructor</source>
        <translation>constructor de MainWindow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>openDatabase() (count, first page, opens the first article)</source>
        <translation>openDatabase() (recuento, primera página, abre el primer artículo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show()</source>
        <translation>show()</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show() returned → list viewport painted and flushed</source>
        <translation>show() ha vuelto → área de la lista dibujada y volcada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MainWindow + openDatabase + show → first screen of the list</source>
        <translation>MainWindow + openDatabase + show → primera pantalla de la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated after start: process + pre-open + window</source>
        <translation>estimado desde el inicio: proceso + apertura previa + ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sum of the median `copydesk --version` run, main()&apos;s own Database::open and the window figure; the database file is in the OS page cache (it was just written), as on a desk that used it today.</source>
        <translation>la suma de la ejecución mediana de `copydesk --version`, el Database::open propio de main() y la cifra de la ventana; el archivo de base de datos está en la caché de páginas del sistema (se acaba de escribir), como en un puesto que ya lo ha usado hoy.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At startup the window opened article %1 (%2 paragraphs) and listed %L3 rows, %L4 of them read from the database for the first screen.</source>
        <translation>Al inicio, la ventana abrió el artículo %1 (%2 párrafos) y listó %L3 filas, %L4 de ellas leídas de la base de datos para la primera pantalla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+72"/>
        <location line="+196"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>RSS after opening (VmRSS)</source>
        <translation>RSS tras la apertura (VmRSS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peak RSS after opening (VmHWM)</source>
        <translation>RSS máximo tras la apertura (VmHWM)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The list was not repainted after scrollToBottom().</source>
        <translation>La lista no se volvió a dibujar tras scrollToBottom().</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scrolling</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scrollToBottom() → last screen painted</source>
        <translation>scrollToBottom() → última pantalla dibujada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last visible row %L1 of %L2 (article id %3).</source>
        <translation>última fila visible %L1 de %L2 (ID de artículo %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rows held by the model after scrolling to the end</source>
        <translation>filas que guarda el modelo tras desplazarse hasta el final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model keeps at most %L1 pages of %L2 rows; the library has %L3.</source>
        <translation>el modelo guarda como máximo %L1 páginas de %L2 filas; la biblioteca tiene %L3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The list was not repainted after a scroll-bar jump.</source>
        <translation>La lista no se volvió a dibujar tras un salto de la barra de desplazamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scroll-bar jump to a random position → painted</source>
        <translation>salto de la barra de desplazamiento a una posición al azar → dibujado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 positions spread over the list; afterwards the model holds %L2 rows.</source>
        <translation>%1 posiciones repartidas por la lista; después, el modelo guarda %L2 filas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RSS after scrolling to the end (VmRSS)</source>
        <translation>RSS tras desplazarse hasta el final (VmRSS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peak RSS after scrolling to the end (VmHWM)</source>
        <translation>RSS máximo tras desplazarse hasta el final (VmHWM)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not open article %1.</source>
        <translation>No se pudo abrir el artículo %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+107"/>
        <source>Could not open the long article %1.</source>
        <translation>No se pudo abrir el artículo largo %1.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The body was not painted after opening the long article.</source>
        <translation>El cuerpo no se dibujó tras abrir el artículo largo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %L1-word article</source>
        <translation>El artículo de %L1 palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showArticle() → body painted, first time</source>
        <translation>showArticle() → cuerpo dibujado, primera vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first open in this process (its pages not yet in SQLite&apos;s cache), coming from article %1.</source>
        <translation>la primera apertura en este proceso (sus páginas aún no están en la caché de SQLite), desde el artículo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showArticle() → body painted, again</source>
        <translation>showArticle() → cuerpo dibujado, de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each time coming from article %1; showArticle() itself (save check, load, document, editor, inspectors, reader preview) takes %2 ms of it (median of all %3 opens).</source>
        <translation>cada vez desde el artículo %1; showArticle() en sí (comprobación de guardado, carga, documento, editor, inspectores, vista previa del lector) ocupa %2 ms de ello (mediana de las %3 aperturas).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 keys were sent to the body but it grew by %2 characters (read-only: %3, modified: %4).</source>
        <translation>Se enviaron %1 teclas al cuerpo, pero creció %2 caracteres (solo lectura: %3, modificado: %4).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keystroke + body and gutter repaint()</source>
        <translation>pulsación + repaint() del cuerpo y del margen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 letters typed mid-article (paragraph %2 of %3); the spaces between words are typed but not timed.</source>
        <translation>%1 letras escritas en mitad del artículo (párrafo %2 de %3); los espacios entre palabras se escriben pero no se miden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keystroke → event loop idle (Qt&apos;s own repaints)</source>
        <translation>pulsación → bucle de eventos inactivo (redibujado propio de Qt)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>Saving the typed text failed: %1</source>
        <translation>No se pudo guardar el texto escrito: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Found while measuring: a letter typed right after a save, where the typing before the save left off, does not make the article modified (ArticleDocument::isModified() stays false, the status stays “Saved”, no autosave is scheduled, and switching articles does not save it): QTextDocument merges the insertion into its previous undo command and emits no undoCommandAdded, so no step is pushed on the article&apos;s stack after setClean(). The autosave figure therefore moves the cursor one character back before each letter, which starts a new undo command.</source>
        <translation>Encontrado al medir: una letra escrita justo después de guardar, donde se dejó de escribir antes del guardado, no marca el artículo como modificado (ArticleDocument::isModified() sigue siendo false, el estado sigue en «Guardado», no se programa ningún guardado automático y cambiar de artículo no lo guarda): QTextDocument fusiona la inserción con su comando de deshacer anterior y no emite undoCommandAdded, así que tras setClean() no se apila ningún paso en la pila del artículo. Por eso, la cifra del guardado automático retrocede el cursor un carácter antes de cada letra, lo que inicia un nuevo comando de deshacer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Typing did not modify the long article.</source>
        <translation>Escribir no modificó el artículo largo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autosave failed: %1</source>
        <translation>El guardado automático falló: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>autosave of one changed paragraph (saveCurrentArticle)</source>
        <translation>guardado automático de un párrafo modificado (saveCurrentArticle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one letter typed before each save into article %1 (%2 paragraphs); every save writes a revision.</source>
        <translation>una letra escrita antes de cada guardado en el artículo %1 (%2 párrafos); cada guardado escribe una revisión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RSS with the long article open and edited (VmRSS)</source>
        <translation>RSS con el artículo largo abierto y editado (VmRSS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peak RSS of the whole session (VmHWM)</source>
        <translation>RSS máximo de toda la sesión (VmHWM)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the time goes (the parts, one by one)</source>
        <translation>En qué se va el tiempo (las partes, una a una)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ArticleStore::count (all articles)</source>
        <translation>ArticleStore::count (todos los artículos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ArticleStore::list, first page</source>
        <translation>ArticleStore::list, primera página</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ArticleStore::list, middle page</source>
        <translation>ArticleStore::list, página central</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ArticleStore::list, last page</source>
        <translation>ArticleStore::list, última página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (offset %L1)</source>
        <translation> (desplazamiento %L1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ArticleStore::load (the long article)</source>
        <translation>ArticleStore::load (el artículo largo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ArticleDocument from the long article</source>
        <translation>ArticleDocument a partir del artículo largo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ArticleView::setArticle (hidden Reader Preview tab)</source>
        <translation>ArticleView::setArticle (pestaña oculta Vista previa del lector)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ArticleDocument::wordCount (status bar, each new undo step)</source>
        <translation>ArticleDocument::wordCount (barra de estado, cada nuevo paso de deshacer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HistoryInspector::refresh (hidden dock; twice per save)</source>
        <translation>HistoryInspector::refresh (panel oculto; dos veces por guardado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ArticleStore::revision (the version before)</source>
        <translation>ArticleStore::revision (la versión anterior)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ArticleListModel drafts → all articles, no view</source>
        <translation>ArticleListModel borradores → todos los artículos, sin vista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ArticleListModel drafts → all articles, QTableView</source>
        <translation>ArticleListModel borradores → todos los artículos, QTableView</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ArticleStore::save, one paragraph changed</source>
        <translation>ArticleStore::save, un párrafo modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading back the state it replaces, as the CLI and imports save.</source>
        <translation>releyendo el estado que sustituye, como guardan la CLI y las importaciones.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ArticleStore::save over the editor&apos;s copy, one paragraph changed</source>
        <translation>ArticleStore::save sobre la copia del editor, un párrafo modificado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qt %1 (built against %2), SQLite %3; %4, %5 cores; load average %6 at the start, %7 at the end; total run time %8 s.</source>
        <translation>Qt %1 (compilado con %2), SQLite %3; %4, %5 núcleos; carga media de %6 al inicio y %7 al final; tiempo total de ejecución %8 s.</translation>
    </message>
</context>
<context>
    <name>GuiReport</name>
    <message>
        <location filename="../app/bench/gui/GuiReport.cpp" line="+115"/>
        <source>Figure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median/value</source>
        <translation>mediana/valor</translation>
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
        <translation>objetivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>result</source>
        <translation>resultado</translation>
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
        <translation>NO ALCANZADO</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>median/value: the median wall time of n runs, or the single value measured. PASS* = the median meets the target, the p95 does not.</source>
        <translation>mediana/valor: la mediana del tiempo real de n ejecuciones, o el único valor medido. OK* = la mediana cumple el objetivo y el p95 no.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>HeadlineMissingRule</name>
    <message>
        <location filename="../app/core/review/HeadlineMissingRule.cpp" line="+17"/>
        <source>The article has no headline.</source>
        <translation>El artículo no tiene titular.</translation>
    </message>
</context>
<context>
    <name>HistoryInspector</name>
    <message>
        <location filename="../ui/HistoryInspector.ui" line="+8"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Versions</source>
        <translation>Versi&amp;ones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every save makes a version. Select one to see what the current article changed since.</source>
        <translation>Cada guardado crea una versión. Seleccione una para ver qué ha cambiado desde entonces en el artículo actual.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes since the selected version</source>
        <translation>Cambios desde la versión seleccionada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Audit trail</source>
        <translation>Re&amp;gistro de auditoría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changes, verifications and review decisions on this article, newest first</source>
        <translation>Cambios de estado, verificaciones y decisiones de revisión sobre este artículo, primero los más recientes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore This Version…</source>
        <translation>Restaurar es&amp;ta versión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected version</source>
        <translation>Restaurar la versión seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected version&apos;s content current again, as a new version; nothing in the history is lost</source>
        <translation>Volver a hacer actual el contenido de la versión seleccionada, como una versión nueva; no se pierde nada del historial</translation>
    </message>
    <message>
        <location filename="../app/widgets/HistoryInspector.cpp" line="-55"/>
        <source>Restore Version</source>
        <translation>Restaurar versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Reading the history failed: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the audit trail failed: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Restore version %1 of this article?</source>
        <translation>¿Restaurar la versión %1 de este artículo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The headline, summary, byline, body and meta titles of version %1 become the current content, saved as a new version. The current text stays in the history, and unsaved changes are saved first.</source>
        <translation>El titular, el resumen, la firma, el cuerpo y los metatítulos de la versión %1 pasan a ser el contenido actual y se guardan como una versión nueva. El texto actual queda en el historial, y los cambios sin guardar se guardan antes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading version %1 failed: %2</source>
        <translation>No se pudo leer la versión %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No article is open.</source>
        <translation>No hay ningún artículo abierto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This article has not been saved yet, so it has no history.</source>
        <translation>Este artículo aún no se ha guardado, así que no tiene historial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a version to see what changed since.</source>
        <translation>Seleccione una versión para ver qué ha cambiado desde entonces.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No unsaved changes: the article is as saved in version %1.</source>
        <translation>No hay cambios sin guardar: el artículo está como se guardó en la versión %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes since version %1:</source>
        <translation>Cambios sin guardar desde la versión %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current article has the same content as version %1 (saved %2).</source>
        <translation>El artículo actual tiene el mismo contenido que la versión %1 (guardada el %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the current article changed since version %1 (saved %2):</source>
        <translation>Lo que ha cambiado en el artículo actual desde la versión %1 (guardada el %2):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>eliminado</translation>
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
        <translation>¿No tiene tiempo para leer? Lea el resumen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+150"/>
        <location line="+69"/>
        <source>Untitled article</source>
        <translation>Artículo sin titular</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>(Source: %1)</source>
        <translation>(Fuente: %1)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>More articles</source>
        <translation>Más artículos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous article</source>
        <translation>Artículo anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next article</source>
        <translation>Artículo siguiente</translation>
    </message>
</context>
<context>
    <name>HttpPoster</name>
    <message>
        <location filename="../app/publish/HttpPoster.cpp" line="+103"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 respondió HTTP %2 %3</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 no respondió en %2 s</translation>
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
        <translation>No se puede leer el archivo de diccionario ortográfico %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spelling dictionary %1 declares the encoding &quot;%2&quot;, which is not supported.</source>
        <translation>El diccionario ortográfico %1 declara la codificación «%2», que no es compatible.</translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <location filename="../app/core/ImportedArticle.cpp" line="+24"/>
        <source>the file is %1 bytes; an article file may be at most %2 MiB (%3 bytes)</source>
        <translation>el archivo ocupa %1 bytes; un archivo de artículo puede ocupar como máximo %2 MiB (%3 bytes)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 tiene %2 caracteres; se permiten como máximo %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the article has more than %1 body paragraphs, the most an import accepts</source>
        <translation>el artículo tiene más de %1 párrafos en el cuerpo, el máximo que admite una importación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UTF-32 (little-endian)</source>
        <translation>UTF-32 (little-endian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-32 (big-endian)</source>
        <translation>UTF-32 (big-endian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (little-endian)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (big-endian)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>UTF-16 (little-endian, without a byte order mark)</source>
        <translation>UTF-16 (little-endian, sin marca de orden de bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-16 (big-endian, without a byte order mark)</source>
        <translation>UTF-16 (big-endian, sin marca de orden de bytes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is encoded in %1; save it as UTF-8</source>
        <translation>el archivo está codificado en %1; guárdelo como UTF-8</translation>
    </message>
</context>
<context>
    <name>LibraryTransfer</name>
    <message>
        <location filename="../app/storage/LibraryTransfer.cpp" line="+66"/>
        <source>%1 has schema version %2 but %3 has %4; open both with this Copydesk first.</source>
        <translation>%1 tiene la versión de esquema %2 pero %3 tiene la %4; abra primero ambas con esta versión de Copydesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking that the target is empty</source>
        <translation>comprobando que el destino está vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not empty (its table %2 has %3 rows); migrate copies into a new or empty database only, nothing was changed.</source>
        <translation>%1 no está vacía (su tabla %2 tiene %3 filas); migrate solo copia en una base de datos nueva o vacía, no se cambió nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>copying rows as they are (the newsroom rules are installed)</source>
        <translation>copiando las filas tal cual (las reglas de la redacción están instaladas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrate into the database before running init, or as a superuser.</source>
        <translation>Migre a la base de datos antes de ejecutar init, o como superusuario.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The copy of table %1 differs (%2 rows, checksum %3 in %4; %5 rows, checksum %6 in %7); nothing was copied.</source>
        <translation>La copia de la tabla %1 difiere (%2 filas, suma de comprobación %3 en %4; %5 filas, suma de comprobación %6 en %7); no se copió nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>analyzing the copied tables</source>
        <translation>analizando las tablas copiadas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no table %2.</source>
        <translation>%1 no tiene la tabla %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>reading table %1</source>
        <translation>leyendo la tabla %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>copying table %1</source>
        <translation>copiando la tabla %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the links between articles</source>
        <translation>leyendo los enlaces entre artículos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copying the links between articles</source>
        <translation>copiando los enlaces entre artículos</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>building the search index</source>
        <translation>construyendo el índice de búsqueda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setting the id counter of %1</source>
        <translation>ajustando el contador de id de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checksumming table %1</source>
        <translation>calculando la suma de comprobación de la tabla %1</translation>
    </message>
</context>
<context>
    <name>LinkBrokenRule</name>
    <message>
        <location filename="../app/core/review/LinkBrokenRule.cpp" line="+29"/>
        <source>The next-article link points to “%1”, which no longer exists.</source>
        <translation>El enlace al artículo siguiente apunta a «%1», que ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous-article link points to “%1”, which no longer exists.</source>
        <translation>El enlace al artículo anterior apunta a «%1», que ya no existe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The next article, “%1”, has no previous-article link back to this one.</source>
        <translation>El artículo siguiente, «%1», no tiene un enlace de vuelta a este como artículo anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next article, “%1”, links back to another article (id %2) as its previous one.</source>
        <translation>El artículo siguiente, «%1», enlaza como anterior a otro artículo (ID %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous article, “%1”, has no next-article link back to this one.</source>
        <translation>El artículo anterior, «%1», no tiene un enlace de vuelta a este como artículo siguiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous article, “%1”, links back to another article (id %2) as its next one.</source>
        <translation>El artículo anterior, «%1», enlaza como siguiente a otro artículo (ID %2).</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <location filename="../app/models/LinkCommand.cpp" line="+12"/>
        <source>Save the article before linking it to another article.</source>
        <translation>Guarde el artículo antes de enlazarlo con otro.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link previous article “%1”</source>
        <translation>enlace al artículo anterior «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link next article “%1”</source>
        <translation>enlace al artículo siguiente «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink previous article</source>
        <translation>eliminación del enlace al artículo anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlink next article</source>
        <translation>eliminación del enlace al artículo siguiente</translation>
    </message>
</context>
<context>
    <name>LinkCycleRule</name>
    <message>
        <location filename="../app/core/review/LinkCycleRule.cpp" line="+67"/>
        <source>The previous-article link points to this article.</source>
        <translation>El enlace al artículo anterior apunta a este mismo artículo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next-article link points to this article.</source>
        <translation>El enlace al artículo siguiente apunta a este mismo artículo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is both the previous and the next article, so the chain loops.</source>
        <translation>«%1» es a la vez el artículo anterior y el siguiente, así que la cadena forma un bucle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Following the next-article links from this article comes back to it: the chain loops.</source>
        <translation>Siguiendo los enlaces al artículo siguiente desde este artículo se vuelve a él: la cadena forma un bucle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Following the previous-article links from this article comes back to it: the chain loops.</source>
        <translation>Siguiendo los enlaces al artículo anterior desde este artículo se vuelve a él: la cadena forma un bucle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chain of next-article links after this article loops without ending.</source>
        <translation>La cadena de enlaces al artículo siguiente a partir de este artículo forma un bucle sin fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain of previous-article links before this article loops without ending.</source>
        <translation>La cadena de enlaces al artículo anterior antes de este artículo forma un bucle sin fin.</translation>
    </message>
</context>
<context>
    <name>LinkTargetStatusRule</name>
    <message>
        <location filename="../app/core/review/LinkTargetStatusRule.cpp" line="+33"/>
        <source>The next article, “%1”, is not approved or published (status: %2).</source>
        <translation>El artículo siguiente, «%1», no está aprobado ni publicado (estado: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous article, “%1”, is not approved or published (status: %2).</source>
        <translation>El artículo anterior, «%1», no está aprobado ni publicado (estado: %2).</translation>
    </message>
</context>
<context>
    <name>LinksInspector</name>
    <message>
        <location filename="../ui/LinksInspector.ui" line="+8"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>Search headlines to link…</source>
        <translation>Buscar titulares para enlazar…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Find the previous article</source>
        <translation>Buscar el artículo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words of a headline, then choose the article that comes before this one</source>
        <translation>Escriba palabras de un titular y elija el artículo que va antes de este</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Previous article</source>
        <translation>Artículo anterior</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+1"/>
        <source>Open the previous article</source>
        <translation>Abrir el artículo anterior</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Unlink</source>
        <translation>Desenlazar</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unlink the previous article</source>
        <translation>Desenlazar el artículo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the previous article (both articles are updated)</source>
        <translation>Quitar el enlace al artículo anterior (se actualizan los dos artículos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next</source>
        <translation>Si&amp;guiente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the next article</source>
        <translation>Buscar el artículo siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words of a headline, then choose the article that follows this one</source>
        <translation>Escriba palabras de un titular y elija el artículo que sigue a este</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next article</source>
        <translation>Artículo siguiente</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Open the next article</source>
        <translation>Abrir el artículo siguiente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlink the next article</source>
        <translation>Desenlazar el artículo siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the next article (both articles are updated)</source>
        <translation>Quitar el enlace al artículo siguiente (se actualizan los dos artículos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link message</source>
        <translation>Mensaje sobre el enlace</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why the link was refused</source>
        <translation>Por qué se rechazó el enlace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/widgets/LinksInspector.cpp" line="+249"/>
        <source>&amp;Series</source>
        <translation>&amp;Serie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The articles of this series, first to last. Double-click or press Enter to open one.</source>
        <translation>Los artículos de esta serie, del primero al último. Haga doble clic o pulse Intro para abrir uno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/widgets/LinksInspector.cpp" line="+33"/>
        <source>This article is not part of a series yet. Link a previous or next article to start one.</source>
        <translation>Este artículo aún no forma parte de ninguna serie. Enlace un artículo anterior o siguiente para empezar una.</translation>
    </message>
    <message>
        <location filename="../app/widgets/LinksInspector.cpp" line="-262"/>
        <location line="+157"/>
        <source>Untitled article #%1</source>
        <translation>Artículo sin titular n.º %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Searching the headlines failed: %1</source>
        <translation>La búsqueda en los titulares falló: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article %1 (%2), by %3</source>
        <translation>Artículo %1 (%2), firma: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no byline</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not unlink.</source>
        <translation>No se pudo desenlazar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was not linked as the previous article.</source>
        <translation>«%1» no se enlazó como artículo anterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was not linked as the next article.</source>
        <translation>«%1» no se enlazó como artículo siguiente.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No previous article</source>
        <translation>No hay artículo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next article</source>
        <translation>No hay artículo siguiente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the article to link it to others.</source>
        <translation>Guarde el artículo para enlazarlo con otros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article is open.</source>
        <translation>No hay ningún artículo abierto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the series failed: %1</source>
        <translation>No se pudo leer la serie: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&amp;Series (%n articles)</source>
        <translation>
            <numerusform>&amp;Serie (%n artículo)</numerusform>
            <numerusform>&amp;Serie (%n artículos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Untitled article</source>
        <translation>Artículo sin titular</translation>
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
        <translation>%1. %2 (este artículo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This article</source>
        <translation>Este artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article %1: double-click to open it</source>
        <translation>Artículo %1: haga doble clic para abrirlo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+54"/>
        <source>Search headlines, summaries, paragraphs and meta titles</source>
        <translation>Buscar en titulares, resúmenes, párrafos y metatítulos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search articles…</source>
        <translation>Buscar artículos…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only articles with this status</source>
        <translation>Mostrar solo los artículos con este estado</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+37"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Reader Preview</source>
        <translation>Vista &amp;previa del lector</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent Databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Article</source>
        <translation>Artíc&amp;ulo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New &amp;Article</source>
        <translation>Nuevo ar&amp;tículo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new article in this database</source>
        <translation>Empezar un artículo nuevo en esta base de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import plain-text or ninjs articles</source>
        <translation>Importar artículos de texto plano o ninjs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the selected articles as ninjs files</source>
        <translation>Exportar los artículos seleccionados como archivos ninjs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the article now (it is also saved automatically)</source>
        <translation>Guardar el artículo ahora (también se guarda automáticamente)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete Article…</source>
        <translation>E&amp;liminar artículo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the open article</source>
        <translation>Eliminar el artículo abierto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Buscar en el artículo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find text in the article body</source>
        <translation>Buscar texto en el cuerpo del artículo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search Articles</source>
        <translation>Buscar &amp;artículos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search all articles by their words</source>
        <translation>Buscar palabras en todos los artículos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source &amp;Registry…</source>
        <translation>Registro de &amp;fuentes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename, merge and edit the shared sources</source>
        <translation>Renombrar, combinar y editar las fuentes compartidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an empty newsroom database file</source>
        <translation>Crear un archivo de base de datos de redacción vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing newsroom database file</source>
        <translation>Abrir un archivo de base de datos de redacción existente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect to Newsroom Server…</source>
        <translation>&amp;Conectar al servidor de la redacción…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work in your newsroom&apos;s shared PostgreSQL database</source>
        <translation>Trabaje en la base de datos PostgreSQL compartida de su redacción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Review Queue</source>
        <translation>Cola de &amp;revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review Queue: the articles in review, the longest waiting first</source>
        <translation>Cola de revisión: los artículos en revisión, primero los que llevan más tiempo esperando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the articles waiting for review, the longest waiting first; turn off to return to the previous list</source>
        <translation>Listar los artículos que esperan revisión, primero los que llevan más tiempo esperando; desactívelo para volver a la lista anterior</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Copydesk</source>
        <translation>&amp;Acerca de Copydesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/widgets/MainWindow.cpp" line="+82"/>
        <source>Copydesk databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de Copydesk (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Server Password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newsroom server %1 needs your password. It is used for this connection only, never stored.</source>
        <translation>El servidor de la redacción %1 necesita su contraseña. Solo se usa para esta conexión y nunca se guarda.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save state</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+470"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Take &amp;Over Article…</source>
        <translation>&amp;Tomar el control del artículo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the lock of this article from the desk editing it (chiefs only)</source>
        <translation>Tomar el bloqueo de este artículo del puesto que lo está editando (solo jefes de redacción)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not list the articles: %1</source>
        <translation>No se pudieron listar los artículos: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+172"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Your changes to this article could not be saved, so Copydesk stays open to keep them.

%1

Fix the problem (for example free disk space or make the database writable) and close again, or copy your text elsewhere.</source>
        <translation>No se pudieron guardar sus cambios en este artículo, así que Copydesk sigue abierto para conservarlos.

%1

Resuelva el problema (por ejemplo, libere espacio en disco o permita escribir en la base de datos) y vuelva a cerrar, o copie su texto en otro lugar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The open article could not be saved: %1</source>
        <translation>No se pudo guardar el artículo abierto: %1</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>The article you are editing could not be saved, so it stays open.

%1</source>
        <translation>No se pudo guardar el artículo que está editando, así que sigue abierto.

%1</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Loaded version %1 from the database.</source>
        <translation>Se cargó la versión %1 de la base de datos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your version was saved as a new article (id %1).</source>
        <translation>Su versión se guardó como un artículo nuevo (ID %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 was saved elsewhere; your edits are not saved yet.</source>
        <translation>La versión %1 se guardó en otro lugar; sus cambios aún no se han guardado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Locked by %1 since %2</source>
        <translation>Bloqueado por %1 desde %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not lock the article: %1</source>
        <translation>No se pudo bloquear el artículo: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not release the article&apos;s lock: %1</source>
        <translation>No se pudo liberar el bloqueo del artículo: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take Over…</source>
        <translation>Tomar el control…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not renew the article&apos;s lock: %1</source>
        <translation>No se pudo renovar el bloqueo del artículo: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 took over this article; edits you had not saved were saved as a version first. It is read-only now.</source>
        <translation>%1 tomó el control de este artículo; los cambios que no había guardado se guardaron antes como versión. Ahora es de solo lectura.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Take Over Article</source>
        <translation>Tomar el control del artículo</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1. Take the article over?</source>
        <translation>%1. ¿Tomar el control del artículo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their unsaved edits are saved as a new version first, and their editor becomes read-only.</source>
        <translation>Sus cambios sin guardar se guardan antes como una nueva versión, y su editor pasa a ser de solo lectura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take Over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not take the article over.

%1</source>
        <translation>No se pudo tomar el control del artículo.

%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You took the article over from %1; their unsaved edits were saved as a new version first.</source>
        <translation>Tomó el control del artículo de %1; sus cambios sin guardar se guardaron antes como una nueva versión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You took the article over from %1.</source>
        <translation>Tomó el control del artículo de %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This article was deleted at another desk.</source>
        <translation>Este artículo se eliminó en otro puesto.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 closed the article; you can edit it now.</source>
        <translation>%1 cerró el artículo; ya puede editarlo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New Article</source>
        <translation>Artículo nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not create the article.

%1</source>
        <translation>No se pudo crear el artículo.

%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no headline)</source>
        <translation>(sin titular)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Delete Article</source>
        <translation>Eliminar artículo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete “%1” and its whole history? Its previous and next articles are unlinked from it. This cannot be undone.</source>
        <translation>¿Eliminar «%1» y todo su historial? Se quitarán sus enlaces con los artículos anterior y siguiente. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not delete the article.

%1</source>
        <translation>No se pudo eliminar el artículo.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Import Articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Articles (*.txt *.json);;Plain-text articles (*.txt);;ninjs (*.json);;All files (*)</source>
        <translation>Artículos (*.txt *.json);;Artículos de texto plano (*.txt);;ninjs (*.json);;Todos los archivos (*)</translation>
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
        <translation>No se importó nada:

%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Se importó %n artículo.</numerusform>
            <numerusform>Se importaron %n artículos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” is not in this article.</source>
        <translation>«%1» no aparece en este artículo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore Version</source>
        <translation>Restaurar versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore version %1.

%2</source>
        <translation>No se pudo restaurar la versión %1.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored version %1 as version %2.</source>
        <translation>Se restauró la versión %1 como versión %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newsroom server %1 decides who you are: you work as its login %2, %3. The name and role in Preferences apply to local databases only.</source>
        <translation>El servidor de la redacción %1 decide quién es usted: trabaja como su usuario %2, %3. El nombre y el rol de Preferencias solo se aplican a bases de datos locales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No newsroom role</source>
        <translation>Sin rol en la redacción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You work as %1, %2. Change your name and role in Preferences.</source>
        <translation>Trabaja como %1 (rol: %2). Cambie su nombre y su rol en Preferencias.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No paragraphs</source>
        <translation>Sin párrafos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributed %1%</source>
        <translation>Con fuente: %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n paragraph(s) cite a source</source>
        <translation>
            <numerusform>Fuente indicada en %1 de %n párrafo</numerusform>
            <numerusform>Fuente indicada en %1 de %n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Copydesk could not connect to the newsroom server.

%1</source>
        <translation>Copydesk no pudo conectarse al servidor de la redacción.

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copydesk could not connect to the newsroom server %1.

%2</source>
        <translation>Copydesk no pudo conectarse al servidor de la redacción %1.

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Copydesk could not open %1.

%2</source>
        <translation>Copydesk no pudo abrir %1.

%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>%1 ya existe. Elija otro nombre o ábralo con Archivo › Abrir base de datos.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 no longer exists. It was removed from the list.</source>
        <translation>%1 ya no existe. Se ha quitado de la lista.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <location line="-1022"/>
        <source>No articles match the search.</source>
        <translation>Ningún artículo coincide con la búsqueda.</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Attributions</source>
        <translation>Atribuciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta Titles</source>
        <translation>Metatítulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>This database has no articles yet.</source>
        <translation>Esta base de datos aún no tiene artículos.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+401"/>
        <source>Could not load the article: %1</source>
        <translation>No se pudo cargar el artículo: %1</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Article count unavailable</source>
        <translation>Número de artículos no disponible</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 de %n artículo</numerusform>
            <numerusform>%1 de %n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cannot Connect to Server</source>
        <translation>No se puede conectar al servidor</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>About Copydesk</source>
        <translation>Acerca de Copydesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;A newsroom editor that keeps every paragraph&apos;s sources in view, from the first draft to the published story.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Un editor para redacciones que mantiene a la vista las fuentes de cada párrafo, desde el primer borrador hasta la noticia publicada.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MetaTitleInspector</name>
    <message>
        <location filename="../ui/MetaTitleInspector.ui" line="+14"/>
        <location line="+3"/>
        <source>Meta titles</source>
        <translation>Metatítulos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add variant</source>
        <translation>Añadir variante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove variant</source>
        <translation>Quitar variante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move variant up</source>
        <translation>Subir variante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move variant down</source>
        <translation>Bajar variante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose variant</source>
        <translation>Elegir variante</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meta title variants</source>
        <translation>Variantes de metatítulo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per variant: chosen, title, characters, width in pixels, notes</source>
        <translation>Una fila por variante: elegida, título, caracteres, ancho en píxeles, notas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Meta title hint</source>
        <translation>Indicación sobre el metatítulo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search result preview</source>
        <translation>Vista previa del resultado de búsqueda</translation>
    </message>
    <message>
        <location filename="../app/widgets/MetaTitleInspector.cpp" line="+41"/>
        <source>&amp;Add Variant</source>
        <translation>&amp;Añadir variante de metatítulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a meta-title variant</source>
        <translation>Añadir una variante de metatítulo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Variant</source>
        <translation>&amp;Quitar variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected variant</source>
        <translation>Quitar la variante seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected variant up</source>
        <translation>Subir la variante seleccionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected variant down</source>
        <translation>Bajar la variante seleccionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose Variant</source>
        <translation>&amp;Elegir variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected variant as the title in search results</source>
        <translation>Usar la variante seleccionada como título en los resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>No meta-title variants yet: search results show the headline.</source>
        <translation>Aún no hay variantes de metatítulo: los resultados de búsqueda muestran el titular.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No variant is chosen: search results show the headline.</source>
        <translation>No hay ninguna variante elegida: los resultados de búsqueda muestran el titular.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variants %1 and %2 are the same title apart from case and punctuation.</source>
        <translation>Las variantes %1 y %2 son el mismo título salvo mayúsculas y puntuación.</translation>
    </message>
</context>
<context>
    <name>MetaTitleModel</name>
    <message>
        <location filename="../app/models/MetaTitleModel.cpp" line="+121"/>
        <source>Add meta title</source>
        <translation>adición de metatítulo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove meta title</source>
        <translation>eliminación de metatítulo</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+42"/>
        <source>Move meta title</source>
        <translation>movimiento de metatítulo</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose meta title</source>
        <translation>elección de metatítulo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Move meta titles</source>
        <translation>movimiento de metatítulos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%L1 px</source>
        <translation>%L1 px</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The chosen variant: the page&apos;s title in search results</source>
        <translation>La variante elegida: el título de la página en los resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this variant as the page&apos;s title in search results</source>
        <translation>Elegir esta variante como título de la página en los resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+58"/>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Not chosen</source>
        <translation>No elegida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fits in search results</source>
        <translation>Cabe en los resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close to the %1 px cut of search results</source>
        <translation>Cerca del corte de %1 px de los resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wider than %1 px: search results cut this title</source>
        <translation>Más ancho de %1 px: los resultados de búsqueda cortan este título</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit meta title</source>
        <translation>edición de metatítulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit meta title notes</source>
        <translation>edición de notas del metatítulo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chars</source>
        <translation>Caract.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The variant used as the title in search results (exactly one)</source>
        <translation>La variante que se usa como título en los resultados de búsqueda (exactamente una)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of characters</source>
        <translation>Número de caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width at Arial 20 px; search engines cut titles near %1 px</source>
        <translation>Ancho en Arial de 20 px; los buscadores cortan los títulos hacia los %1 px</translation>
    </message>
</context>
<context>
    <name>NewsroomServer</name>
    <message>
        <location filename="../app/storage/NewsroomServer.cpp" line="+140"/>
        <source>%1: init sets up a shared PostgreSQL database; an SQLite file needs none.</source>
        <translation>%1: init prepara una base de datos PostgreSQL compartida; un archivo SQLite no lo necesita.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the schema name</source>
        <translation>leyendo el nombre del esquema</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>setting up the newsroom roles and rules</source>
        <translation>configurando los roles y las reglas de la redacción</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>reading who is logged in</source>
        <translation>leyendo qué usuario ha iniciado sesión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the login %2 has none of the Copydesk roles (%3, %4, %5); ask the newsroom&apos;s database administrator to grant one.</source>
        <translation>%1: el usuario %2 no tiene ninguno de los roles de Copydesk (%3, %4, %5); pida a la administración de bases de datos de la redacción que le asigne uno.</translation>
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
        <translation>un booleano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1 y se obtuvo %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing (required)</source>
        <translation>falta (obligatorio)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time such as 2026-10-02T06:15:00Z</source>
        <translation>«%1» no es una fecha y hora ISO 8601 como 2026-10-02T06:15:00Z</translation>
    </message>
    <message>
        <location line="+481"/>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the key &quot;%1&quot; appears twice in the same object</source>
        <translation>la clave «%1» aparece dos veces en el mismo objeto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a ninjs object, got %1</source>
        <translation>se esperaba un objeto ninjs y se obtuvo %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 contains a NUL character (U+0000)</source>
        <translation>%1 contiene un carácter NUL (U+0000)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 contains an unpaired surrogate (\u%2), which is not a character</source>
        <translation>%1 contiene un sustituto sin pareja (\u%2), que no es un carácter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected &quot;ninjs&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba «ninjs» y se obtuvo «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uri</source>
        <translation>el URI</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+201"/>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>«%1» no es un URI absoluto</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>only text items can be imported, got &quot;%1&quot;</source>
        <translation>solo se pueden importar elementos de texto; se obtuvo «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47, such as en-US or fr)</source>
        <translation>«%1» no es una etiqueta de idioma (BCP 47, como en-US o fr)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected &quot;usable&quot;, &quot;withheld&quot; or &quot;canceled&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba «usable», «withheld» o «canceled» y se obtuvo «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>byline</source>
        <translation>la firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slugline</source>
        <translation>el slug</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>headline</source>
        <translation>el titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meta title</source>
        <translation>el metatítulo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a second main headline</source>
        <translation>un segundo titular principal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the main headline is empty</source>
        <translation>el titular principal está vacío</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no main headline (role &quot;main&quot;)</source>
        <translation>no hay titular principal (role «main»)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a second summary</source>
        <translation>un segundo resumen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a second main body</source>
        <translation>un segundo cuerpo principal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body</source>
        <translation>el cuerpo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unsupported content type &quot;%1&quot; (expected text/html or text/plain)</source>
        <translation>tipo de contenido no admitido «%1» (se esperaba text/html o text/plain)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, paragraph %1</source>
        <translation>, párrafo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paragraph</source>
        <translation>el párrafo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>source name</source>
        <translation>el nombre de la fuente</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the article links to itself as its %1 article</source>
        <translation>el artículo se enlaza a sí mismo como artículo «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second &quot;%1&quot; association</source>
        <translation>una segunda asociación «%1»</translation>
    </message>
</context>
<context>
    <name>PersonalDictionary</name>
    <message>
        <location filename="../app/spelling/PersonalDictionary.cpp" line="+37"/>
        <source>Cannot read the personal dictionary %1: it is a folder, not a file.</source>
        <translation>No se puede leer el diccionario personal %1: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Cannot read the personal dictionary %1: %2</source>
        <translation>No se puede leer el diccionario personal %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the personal dictionary %1: line %2 is not UTF-8 text. Convert the file to UTF-8.</source>
        <translation>No se puede leer el diccionario personal %1: la línea %2 no es texto UTF-8. Convierta el archivo a UTF-8.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Your change is not saved, so the file stays as it is.</source>
        <translation>%1 Su cambio no se guarda, así que el archivo se queda como está.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1 for the personal dictionary.</source>
        <translation>No se puede crear la carpeta %1 para el diccionario personal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Cannot write the personal dictionary %1: %2</source>
        <translation>No se puede escribir el diccionario personal %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; cannot be added to the personal dictionary: a word must not be empty or contain spaces.</source>
        <translation>«%1» no se puede añadir al diccionario personal: una palabra no puede estar vacía ni contener espacios.</translation>
    </message>
</context>
<context>
    <name>PlaceholderRule</name>
    <message>
        <location filename="../app/core/review/PlaceholderRule.cpp" line="+129"/>
        <source>Placeholder text “%1” in %2.</source>
        <translation>Texto de relleno «%1» en %2.</translation>
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
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>UTF-8 no válido (byte 0x%1); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NUL byte in the text; is this a binary file?</source>
        <translation>byte NUL en el texto; ¿es un archivo binario?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file contains only whitespace</source>
        <translation>el archivo solo contiene espacios en blanco</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no headline: the first paragraph must be the headline, not the %1 field</source>
        <translation>sin titular: el primer párrafo debe ser el titular, no el campo %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>headline</source>
        <translation>el titular</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the %1 field is given twice (first on line %2)</source>
        <translation>el campo %1 aparece dos veces (la primera en la línea %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the %1 field is empty</source>
        <translation>el campo %1 está vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 field</source>
        <translation>el campo %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47, such as en-US or fr)</source>
        <translation>«%1» no es una etiqueta de idioma (BCP 47, como en-US o fr)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>paragraph</source>
        <translation>el párrafo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the source marker names no source</source>
        <translation>la marca de fuente no nombra ninguna fuente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the source marker has no paragraph text before it; put it at the end of the paragraph it attributes</source>
        <translation>la marca de fuente no tiene texto de párrafo delante; póngala al final del párrafo que atribuye</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source name</source>
        <translation>el nombre de la fuente</translation>
    </message>
</context>
<context>
    <name>PluralSourcesRule</name>
    <message>
        <location filename="../app/core/review/PluralSourcesRule.cpp" line="+96"/>
        <source>“%1” in %2, but the paragraph cites only one source, “%3”.</source>
        <translation>«%1» en %2, pero el párrafo solo cita una fuente, «%3».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” in %2, but the article cites only one source, “%3”.</source>
        <translation>«%1» en %2, pero el artículo solo cita una fuente, «%3».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” in %2, but the article cites no source.</source>
        <translation>«%1» en %2, pero el artículo no cita ninguna fuente.</translation>
    </message>
</context>
<context>
    <name>PosixFileBatch</name>
    <message>
        <location filename="../app/bench/PosixFileBatch.cpp" line="+33"/>
        <location line="+38"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot close %1</source>
        <translation>no se puede cerrar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>cannot sync %1 to disk</source>
        <translation>no se puede sincronizar %1 con el disco</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot rename to %1</source>
        <translation>no se puede cambiar el nombre a %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>needs Linux (syncfs)</source>
        <translation>necesita Linux (syncfs)</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <location filename="../app/storage/PostgresAddress.cpp" line="+38"/>
        <source>%1: is not a valid PostgreSQL URL (expected postgresql://user@host:port/database).</source>
        <translation>%1: no es una URL de PostgreSQL válida (se esperaba postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: names no database (expected postgresql://user@host:port/database).</source>
        <translation>%1: no indica ninguna base de datos (se esperaba postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the port “%2” is not a number.</source>
        <translation>%1: el puerto «%2» no es un número.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the value of %2 may not contain ; or &apos;.</source>
        <translation>%1: el valor de %2 no puede contener ; ni &apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown connection option “%2”.</source>
        <translation>%1: opción de conexión desconocida «%2».</translation>
    </message>
</context>
<context>
    <name>PostgresBench</name>
    <message>
        <location filename="../app/bench/PostgresBench.cpp" line="+138"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>opening %1</source>
        <translation>abriendo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--postgres: %1 is not a postgresql:// URL.</source>
        <translation>--postgres: %1 no es una URL postgresql://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>counting the articles of %1</source>
        <translation>contando los artículos de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already holds %2 articles. The postgres benchmark fills an empty database and deletes nothing: create a new one (CREATE DATABASE ...) and pass its URL.</source>
        <translation>%1 ya contiene %2 artículos. La prueba de rendimiento postgres llena una base de datos vacía y no borra nada: cree una nueva (CREATE DATABASE ...) y pase su URL.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>PostgreSQL %1 at %2 (fsync %3, synchronous_commit %4, full_page_writes %5, shared_buffers %6)</source>
        <translation>PostgreSQL %1 en %2 (fsync %3, synchronous_commit %4, full_page_writes %5, shared_buffers %6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>: durability is off on this server, so the write figures are better than a production server with durable commits would give</source>
        <translation>: la durabilidad está desactivada en este servidor, así que las cifras de escritura son mejores de lo que daría un servidor de producción con confirmaciones duraderas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postgres: %1</source>
        <translation>postgres: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>postgres: generating and importing %1 articles in batches of %2…</source>
        <translation>postgres: generando e importando %1 artículos en lotes de %2…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>importing into PostgreSQL</source>
        <translation>importando en PostgreSQL</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>linking</source>
        <translation>enlazando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>postgres:   %1 articles imported (%2 articles/s so far)</source>
        <translation>postgres:   %1 artículos importados (%2 artículos/s hasta ahora)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PostgreSQL: import %1 articles (importArticles, %2 per call)</source>
        <translation>PostgreSQL: importar %1 artículos (importArticles, %2 por llamada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one transaction per call; %1 ms per call; then %2 link() calls at %3 ms each (not in the rate); database %4 MB afterwards; %5</source>
        <translation>una transacción por llamada; %1 ms por llamada; después %2 llamadas a link() de %3 ms cada una (no incluidas en la tasa); base de datos de %4 MB después; %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>postgres: load, 1,000 random articles…</source>
        <translation>postgres: carga, 1.000 artículos aleatorios…</translation>
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
        <translation>PostgreSQL: cargar un artículo aleatorio (%1 artículos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>postgres: save one edited paragraph, 500 random articles…</source>
        <translation>postgres: guardar un párrafo editado, 500 artículos aleatorios…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL: save one edited paragraph (save())</source>
        <translation>PostgreSQL: guardar un párrafo editado (save())</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save() reads the stored article back in its transaction, writes the revision, the article row, the paragraph and the search text</source>
        <translation>save() vuelve a leer el artículo guardado en su transacción y escribe la revisión, la fila del artículo, el párrafo y el texto de búsqueda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>postgres: ANALYZE…</source>
        <translation>postgres: ANALYZE…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ANALYZE failed: %1</source>
        <translation>ANALYZE falló: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL: ANALYZE once</source>
        <translation>PostgreSQL: ANALYZE una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gives the planner the statistics of the imported library, as autovacuum does in the background a while after a bulk import</source>
        <translation>proporciona al planificador las estadísticas de la biblioteca importada, como hace autovacuum en segundo plano un tiempo después de una importación masiva</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PostgreSQL: search top 50: common word “%1”</source>
        <translation>PostgreSQL: búsqueda, 50 primeros: palabra común «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL: search top 50: rare proper noun “%1”</source>
        <translation>PostgreSQL: búsqueda, 50 primeros: nombre propio poco frecuente «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL: search top 50: two words “%1”</source>
        <translation>PostgreSQL: búsqueda, 50 primeros: dos palabras «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, after ANALYZE</source>
        <translation>, tras ANALYZE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, right after the import</source>
        <translation>, justo después de la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postgres: search “%1”%2…</source>
        <translation>postgres: búsqueda «%1»%2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>count “%1”</source>
        <translation>contar «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search “%1”</source>
        <translation>buscar «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search “%1” returned the wrong number of rows</source>
        <translation>la búsqueda «%1» devolvió un número de filas incorrecto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 matching articles</source>
        <translation>%1 artículos coincidentes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>postgres: %1 clients, each with its own connection, saving %2 times among %3 shared articles…</source>
        <translation>postgres: %1 clientes, cada uno con su propia conexión, guardando %2 veces entre %3 artículos compartidos…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>postgres: verifying the %1 successful saves…</source>
        <translation>postgres: verificando los %1 guardados correctos…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>reading the revisions of article %1: %2</source>
        <translation>leyendo las revisiones del artículo %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PostgreSQL: %1 clients saving %2 shared articles (saves/s, all clients)</source>
        <translation>PostgreSQL: %1 clientes guardando %2 artículos compartidos (guardados/s, todos los clientes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 successful saves in %2 s (%3 per client, each load + edit of one paragraph + save() on its own connection); %4 Conflicts reloaded and retried (%5 per successful save); %6 other save errors%7</source>
        <translation>%1 guardados correctos en %2 s (%3 por cliente, cada uno carga + edición de un párrafo + save() en su propia conexión); %4 conflictos recargados y reintentados (%5 por guardado correcto); %6 otros errores de guardado%7</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, also retried (the first: %1)</source>
        <translation>, también reintentados (el primero: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL: a successful save() among %1 concurrent clients</source>
        <translation>PostgreSQL: un save() correcto entre %1 clientes simultáneos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save() alone, not the load before it; retried attempts are not counted</source>
        <translation>solo save(), no la carga previa; los reintentos no se cuentan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL concurrent saves: lost updates: %1 (of %2 successful saves, each checked for its marker in the version it produced: a revision or the current text); articles whose final version is not the first plus their successful saves: %3</source>
        <translation>Guardados simultáneos en PostgreSQL: actualizaciones perdidas: %1 (de %2 guardados correctos, cada uno comprobado por su marca en la versión que produjo: una revisión o el texto actual); artículos cuya versión final no es la primera más sus guardados correctos: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>postgres: lost updates: %1</source>
        <translation>postgres: actualizaciones perdidas: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lost updates under concurrent saves (%2 articles with an unexpected final version)</source>
        <translation>%1 actualizaciones perdidas con guardados simultáneos (%2 artículos con una versión final inesperada)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as the writer, editor or reviewer of what you do; empty uses your login name</source>
        <translation>Se registra como autor, editor o revisor de lo que hace; si está vacío, se usa su nombre de usuario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the role may do</source>
        <translation>Qué puede hacer el rol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set by the environment</source>
        <translation>Definido por el entorno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Autosave after typing stops:</source>
        <translation>Guardar &amp;automáticamente tras dejar de escribir:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave delay in seconds</source>
        <translation>Retraso del guardado automático en segundos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release my article &amp;locks after:</source>
        <translation>&amp;Liberar mis bloqueos de artículos tras:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min idle</source>
        <translation> min de inactividad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another desk may take an article you have open once you have been idle this long; your unsaved edits are saved as a version first.</source>
        <translation>Otro puesto puede tomar un artículo que usted tiene abierto cuando haya estado inactivo este tiempo; sus cambios sin guardar se guardan antes como versión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle minutes before another desk may take your article locks</source>
        <translation>Minutos de inactividad tras los que otro puesto puede tomar sus bloqueos de artículos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article &amp;URL base:</source>
        <translation>Base de las &amp;URL de los artículos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://news.example.com/</source>
        <translation>https://news.example.com/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL of published articles</source>
        <translation>URL base de los artículos publicados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new interface language takes effect the next time Copydesk starts.</source>
        <translation>El nuevo idioma de la interfaz se aplicará la próxima vez que se inicie Copydesk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dictionaries</source>
        <translation>Diccionarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location filename="../app/widgets/PreferencesDialog.cpp" line="+32"/>
        <source>Verifies sources, requests changes, approves and publishes other people&apos;s articles.</source>
        <translation>Verifica fuentes, solicita cambios, aprueba y publica artículos de otras personas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything a reviewer does, and may approve over blocking findings with a written reason.</source>
        <translation>Todo lo que hace un revisor; además, puede aprobar pese a hallazgos bloqueantes con un motivo por escrito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes and edits articles and sends them to review.</source>
        <translation>Escribe y edita artículos y los envía a revisión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The article URL base must be an http or https address, such as https://news.example.com/.</source>
        <translation>La base de las URL de los artículos debe ser una dirección http o https, como https://news.example.com/.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The newsroom server %1 decides who you are: its login and role. Your own name and role apply again when you open a local database.</source>
        <translation>El servidor de la redacción %1 decide quién es usted: su usuario y su rol. Su propio nombre y su rol vuelven a aplicarse al abrir una base de datos local.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your name and role are set by the environment (COPYDESK_USER and COPYDESK_ROLE) and cannot be changed here.</source>
        <translation>Su nombre y su rol están definidos por el entorno (COPYDESK_USER y COPYDESK_ROLE) y no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is set by the environment (COPYDESK_USER) and cannot be changed here.</source>
        <translation>Su nombre está definido por el entorno (COPYDESK_USER) y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role is set by the environment (COPYDESK_ROLE) and cannot be changed here.</source>
        <translation>Su rol está definido por el entorno (COPYDESK_ROLE) y no se puede cambiar aquí.</translation>
    </message>
</context>
<context>
    <name>PublicationModel</name>
    <message>
        <location filename="../app/models/PublicationModel.cpp" line="+80"/>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>usable</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>PublishBench</name>
    <message>
        <location filename="../app/bench/PublishBench.cpp" line="+41"/>
        <source>publish: %1 approved articles…</source>
        <translation>publish: %1 artículos aprobados…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>approving the articles: </source>
        <translation>aprobando los artículos: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the loopback endpoint could not listen</source>
        <translation>el punto de conexión de loopback no pudo escuchar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>article %1 was not published: %2</source>
        <translation>el artículo %1 no se publicó: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>publish: %1 articles to %2…</source>
        <translation>publish: %1 artículos a %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>publish %1 approved articles to a loopback HTTP endpoint</source>
        <translation>publicar %1 artículos aprobados en un punto de conexión HTTP de loopback</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publisher as copydesk-cli publish: load, ninjs, POST (up to 6 at once over %1 kept-alive connections for %2 requests), then record the deliveries and move the articles to published, 64 to a transaction</source>
        <translation>Publisher como copydesk-cli publish: carga, ninjs, POST (hasta 6 a la vez sobre %1 conexiones persistentes para %2 solicitudes); luego registra las entregas y pasa los artículos a publicado, 64 por transacción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>publish: %1 articles to a hot folder…</source>
        <translation>publish: %1 artículos a una carpeta vigilada…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>publish %1 articles to a hot folder (ninjs)</source>
        <translation>publicar %1 artículos en una carpeta vigilada (ninjs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each file written with QSaveFile (its own fsync), as a hot folder needs</source>
        <translation>cada archivo se escribe con QSaveFile (con su propio fsync), como necesita una carpeta vigilada</translation>
    </message>
</context>
<context>
    <name>PublishDestination</name>
    <message>
        <location filename="../app/core/PublishDestination.cpp" line="+28"/>
        <source>A destination needs a name.</source>
        <translation>Un destino necesita un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination “%1” needs a folder.</source>
        <translation>El destino «%1» necesita una carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination “%1” needs a URL.</source>
        <translation>El destino «%1» necesita una URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination “%1”: the folder “%2” is not an absolute path.</source>
        <translation>Destino «%1»: la carpeta «%2» no es una ruta absoluta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination “%1”: “%2” is not an http or https URL.</source>
        <translation>Destino «%1»: «%2» no es una URL http o https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination “%1”: an HTTP endpoint receives ninjs documents.</source>
        <translation>Destino «%1»: un punto de conexión HTTP recibe documentos ninjs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination “%1”: the timeout must be between 0.1 and 600 seconds.</source>
        <translation>Destino «%1»: el tiempo de espera debe estar entre 0,1 y 600 segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination “%1”: retries must be between 0 and 10.</source>
        <translation>Destino «%1»: los reintentos deben estar entre 0 y 10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination “%1”: the header “%2” is not valid.</source>
        <translation>Destino «%1»: la cabecera «%2» no es válida.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Header line %1 “%2” is not “Name: value”.</source>
        <translation>La línea de cabecera %1 «%2» no tiene la forma «Nombre: valor».</translation>
    </message>
</context>
<context>
    <name>PublishStore</name>
    <message>
        <location filename="../app/storage/PublishStore.cpp" line="+45"/>
        <source>reading the publishing destinations</source>
        <translation>leyendo los destinos de publicación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the publishing destination “%1”</source>
        <translation>leyendo el destino de publicación «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no publishing destination “%1”.</source>
        <translation>No existe el destino de publicación «%1».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking the destination name “%1”</source>
        <translation>comprobando el nombre de destino «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a destination named “%1”.</source>
        <translation>Ya existe un destino llamado «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving the destination “%1”</source>
        <translation>guardando el destino «%1»</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>There is no publishing destination %1.</source>
        <translation>No existe el destino de publicación %1.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>removing destination %1</source>
        <translation>eliminando el destino %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>recording the publication of article %1</source>
        <translation>registrando la publicación del artículo %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>looking up the owner of %1</source>
        <translation>buscando a quién pertenece %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the publications of article %1</source>
        <translation>leyendo las publicaciones del artículo %1</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../app/publish/Publisher.cpp" line="+59"/>
        <source>Publishing is already under way.</source>
        <translation>La publicación ya está en curso.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no publishing destination “%1”.</source>
        <translation>No existe el destino de publicación «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The publishing destination “%1” is disabled.</source>
        <translation>El destino de publicación «%1» está desactivado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No publishing destination is set up: add a folder or an HTTP endpoint in Preferences → Publishing, or with copydesk-cli destination add.</source>
        <translation>No hay ningún destino de publicación configurado: añada una carpeta o un punto de conexión HTTP en Preferencias → Publicación, o con copydesk-cli destination add.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Article %1 is %2: only approved articles are published.</source>
        <translation>El artículo %1 está en estado «%2»: solo se publican los artículos aprobados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot publish: a reviewer or a chief publishes.</source>
        <translation>%1 no puede publicar: publica un revisor o un jefe de redacción.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unpublished.</source>
        <translation>Publicación retirada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article %1 is %2: only a published article can be unpublished.</source>
        <translation>El artículo %1 está en estado «%2»: solo se puede retirar de la publicación un artículo publicado.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1: no se puede crear la carpeta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot remove the page.</source>
        <translation>%1: no se puede eliminar la página.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>removed %n page(s)</source>
        <translation>
            <numerusform>se eliminó %n página</numerusform>
            <numerusform>se eliminaron %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: no se puede escribir el archivo: %2</translation>
    </message>
</context>
<context>
    <name>PublishingController</name>
    <message>
        <location filename="../app/widgets/PublishingController.cpp" line="+51"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Retirar de la publicación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish All &amp;Approved</source>
        <translation>Publicar &amp;todos los aprobados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;To</source>
        <translation>Publicar &amp;en</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <location line="+51"/>
        <location line="+49"/>
        <source>Unpublish</source>
        <translation>Retirar de la publicación</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Send the article to every enabled destination that does not have this version</source>
        <translation>Enviar el artículo a todos los destinos activados que aún no tengan esta versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive the article and withdraw it (pubStatus canceled) wherever it was published</source>
        <translation>Archivar el artículo y retirarlo (pubStatus canceled) de todos los lugares donde se publicó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish every approved article of the database</source>
        <translation>Publicar todos los artículos aprobados de la base de datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unpublish “%1”? It is archived, and every destination that has it receives a withdrawal (pubStatus canceled; a web page is removed).</source>
        <translation>¿Retirar «%1» de la publicación? Se archiva, y cada destino que lo tiene recibe una retirada (pubStatus canceled; una página web se elimina).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the article to one destination only</source>
        <translation>Enviar el artículo a un solo destino</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 cannot publish: a reviewer or a chief publishes.</source>
        <translation>%1 no puede publicar: publica un revisor o un jefe de redacción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an approved, published or corrected article is published.</source>
        <translation>Solo se publica un artículo aprobado, publicado o corregido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish (%1)</source>
        <translation>Publicar (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No enabled destination</source>
        <translation>Ningún destino activado</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+40"/>
        <source>Your edits could not be saved, so nothing was published.</source>
        <translation>No se pudieron guardar sus cambios, así que no se publicó nada.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Publish All Approved</source>
        <translation>Publicar todos los aprobados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not list the approved articles.</source>
        <translation>No se pudieron listar los artículos aprobados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No approved article is waiting to be published.</source>
        <translation>Ningún artículo aprobado espera su publicación.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your edits could not be saved, so nothing was unpublished.</source>
        <translation>No se pudieron guardar sus cambios, así que no se retiró nada de la publicación.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Unpublishing %n article(s)…</source>
        <translation>
            <numerusform>Retirando de la publicación %n artículo…</numerusform>
            <numerusform>Retirando de la publicación %n artículos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Publishing %n article(s)…</source>
        <translation>
            <numerusform>Publicando %n artículo…</numerusform>
            <numerusform>Publicando %n artículos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <location line="+49"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Unpublished %1 of %2 articles</source>
        <translation>Retirados %1 de %2 artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published %1 of %2 articles</source>
        <translation>Publicados %1 de %2 artículos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpublishing…</source>
        <translation>Retirando de la publicación…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+36"/>
        <source>Unpublishing failed: %1</source>
        <translation>Falló la retirada: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Publishing failed: %1</source>
        <translation>Falló la publicación: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>“%1”: </source>
        <translation>«%1»: </translation>
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
            <numerusform>Falló %n entrega de la retirada. Reintentar vuelve a intentarla.</numerusform>
            <numerusform>Fallaron %n entregas de la retirada. Reintentar vuelve a intentarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery(ies) failed. The article stays approved until every destination has it; Retry tries only the destinations that failed.</source>
        <translation>
            <numerusform>Falló %n entrega. El artículo sigue aprobado hasta que todos los destinos lo tengan; Reintentar solo prueba los destinos que fallaron.</numerusform>
            <numerusform>Fallaron %n entregas. El artículo sigue aprobado hasta que todos los destinos lo tengan; Reintentar solo prueba los destinos que fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpublishing Failed</source>
        <translation>Falló la retirada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publishing Failed</source>
        <translation>Falló la publicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not unpublished: %1</source>
        <translation>No se retiró: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published: %1</source>
        <translation>No se publicó: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n article(s) could not be handled.</source>
        <translation>
            <numerusform>No se pudo procesar %n artículo.</numerusform>
            <numerusform>No se pudieron procesar %n artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Stopped after %1 of %n article(s).</source>
        <translation>
            <numerusform>Detenido tras %1 de %n artículo.</numerusform>
            <numerusform>Detenido tras %1 de %n artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Unpublished %n article(s).</source>
        <translation>
            <numerusform>Se retiró de la publicación %n artículo.</numerusform>
            <numerusform>Se retiraron de la publicación %n artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published %n article(s) to %1.</source>
        <translation>
            <numerusform>Se publicó %n artículo en %1.</numerusform>
            <numerusform>Se publicaron %n artículos en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n destino</numerusform>
            <numerusform>%n destinos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpublished from %n destination(s).</source>
        <translation>
            <numerusform>Retirado de %n destino.</numerusform>
            <numerusform>Retirado de %n destinos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published to %n destination(s).</source>
        <translation>
            <numerusform>Publicado en %n destino.</numerusform>
            <numerusform>Publicado en %n destinos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
</context>
<context>
    <name>PublishingInspector</name>
    <message>
        <location filename="../app/widgets/PublishingInspector.cpp" line="+20"/>
        <source>&amp;Retry Failed</source>
        <translation>Rei&amp;ntentar las fallidas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Publish the article again: only the destinations whose latest attempt failed are tried.</source>
        <translation>Publicar de nuevo el artículo: solo se prueban los destinos cuyo último intento falló.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Withdrawal of version %1 from %2</source>
        <translation>Retirada de la versión %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 to %2</source>
        <translation>Versión %1 a %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Falló tras %n intento: %1</numerusform>
            <numerusform>Falló tras %n intentos: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 by %3: %4</source>
        <translation>%1, %2 por %3: %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No article is open.</source>
        <translation>No hay ningún artículo abierto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the deliveries: %1</source>
        <translation>No se pudieron leer las entregas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not published yet.</source>
        <translation>Aún no se ha publicado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The latest delivery to %1 failed.</source>
        <translation>Falló la última entrega a %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Withdrawn from %n destination(s).</source>
        <translation>
            <numerusform>Retirado de %n destino.</numerusform>
            <numerusform>Retirado de %n destinos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delivered to %n destination(s).</source>
        <translation>
            <numerusform>Entregado a %n destino.</numerusform>
            <numerusform>Entregado a %n destinos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishingPage</name>
    <message>
        <location filename="../ui/PublishingPage.ui" line="+9"/>
        <source>Article › Publish sends an approved article to every enabled destination. Destinations are stored in the open database, so every desk that works on it publishes to the same places.</source>
        <translation>Artículo › Publicar envía un artículo aprobado a todos los destinos activados. Los destinos se guardan en la base de datos abierta, de modo que todos los puestos que trabajan con ella publican en los mismos sitios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing destinations</source>
        <translation>Destinos de publicación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../app/widgets/PublishingPage.cpp" line="+17"/>
        <source>Remove Destination</source>
        <translation>Quitar destino</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open a database to set up where its articles are published.</source>
        <translation>Abra una base de datos para configurar dónde se publican sus artículos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the destinations: %1</source>
        <translation>No se pudieron leer los destinos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No destination is set up yet: nothing can be published.</source>
        <translation>Aún no hay ningún destino configurado: no se puede publicar nada.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Remove the destination “%1”? Its record of deliveries goes with it; what was published there stays there.</source>
        <translation>¿Quitar el destino «%1»? Su registro de entregas se elimina con él; lo que se publicó allí sigue allí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not remove “%1”: %2</source>
        <translation>No se pudo quitar «%1»: %2</translation>
    </message>
</context>
<context>
    <name>RepeatedWordRule</name>
    <message>
        <location filename="../app/core/review/RepeatedWordRule.cpp" line="+137"/>
        <source>“%1” is repeated in %2: “%3”.</source>
        <translation>«%1» se repite en %2: «%3».</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/bench/Report.cpp" line="+165"/>
        <source>Benchmark</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median/rate</source>
        <translation>mediana/tasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>median/rate: median wall time per operation, or articles per second over the whole run. PASS* = the median meets the target, the p95 does not.
reference: the same work done by another program. Storage: the same statements run by the sqlite3 shell on the same file (mean per operation, process start-up subtracted). Spelling: the hunspell command named in the label on the same file (mean wall time of the whole process, like copydesk-cli&apos;s). ratio = Copydesk mean time / reference mean time (for rates: time per article).
</source>
        <translation>mediana/tasa: mediana del tiempo real por operación, o artículos por segundo en toda la ejecución. OK* = la mediana cumple el objetivo, el p95 no.
referencia: el mismo trabajo hecho por otro programa. Almacenamiento: las mismas sentencias ejecutadas por el shell de sqlite3 sobre el mismo archivo (media por operación, sin el arranque del proceso). Ortografía: la orden hunspell indicada en la etiqueta sobre el mismo archivo (tiempo real medio de todo el proceso, como el de copydesk-cli). proporción = tiempo medio de Copydesk / tiempo medio de la referencia (para tasas: tiempo por artículo).
</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>ratio</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reference</source>
        <translation>referencia</translation>
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
        <translation>NO ALCANZADO</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+6"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
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
        <translation>Sin fuente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No attribution needed</source>
        <translation>No necesita atribución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unattributed</source>
        <translation>Sin atribución</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymity approved: %1</source>
        <translation>Anonimato aprobado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (anonymity approved: %2)</source>
        <translation>%1 (anonimato aprobado: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paragraph %1: %2</source>
        <translation>Párrafo %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 por %2 el %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anonymity approved by %1: %2</source>
        <translation>Anonimato aprobado por %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attribution needed (%1): %2</source>
        <translation>No necesita atribución (%1): %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ReviewInspector</name>
    <message>
        <location filename="../ui/ReviewInspector.ui" line="+11"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article status</source>
        <translation>Estado del artículo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You:</source>
        <translation>Usted:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name and role</source>
        <translation>Su nombre y su rol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workflow actions</source>
        <translation>Acciones del flujo de revisión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why an action is not available</source>
        <translation>Por qué una acción no está disponible</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Paragraphs and sources</source>
        <translation>&amp;Párrafos y fuentes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paragraphs and their sources</source>
        <translation>Párrafos y sus fuentes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verify the selected source</source>
        <translation>Verificar la fuente seleccionada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute the selected source</source>
        <translation>Cuestionar la fuente seleccionada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous unchecked source</source>
        <translation>Anterior fuente sin comprobar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next unchecked source</source>
        <translation>Siguiente fuente sin comprobar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mark the paragraph as needing no attribution</source>
        <translation>Marcar el párrafo como sin necesidad de atribución</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve the anonymous source</source>
        <translation>Aprobar la fuente anónima</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/widgets/ReviewInspector.cpp" line="+748"/>
        <source>Fi&amp;ndings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review findings by severity</source>
        <translation>Hallazgos de la revisión por gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../app/widgets/ReviewInspector.cpp" line="-665"/>
        <source>Mark the selected source as verified</source>
        <translation>Marcar la fuente seleccionada como verificada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verif&amp;y</source>
        <translation>Verifi&amp;car</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dispute…</source>
        <translation>Cues&amp;tionar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispute the selected source, with a note saying why</source>
        <translation>Cuestionar la fuente seleccionada, con una nota que explique el motivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Unchecked Source</source>
        <translation>Siguiente fuente sin comprobar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next unchecked source</source>
        <translation>Ir a la siguiente fuente sin comprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Unchecked Source</source>
        <translation>Anterior fuente sin comprobar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous unchecked source</source>
        <translation>Ir a la anterior fuente sin comprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+358"/>
        <source>No Attribution Needed…</source>
        <translation>No necesita atribución…</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Record why the selected paragraph needs no source (for example the reporter&apos;s own observation)</source>
        <translation>Dejar constancia de por qué el párrafo seleccionado no necesita fuente (por ejemplo, una observación propia del periodista)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve Anonymous Source…</source>
        <translation>Aprobar fuente anónima…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record why the selected anonymous source is acceptable</source>
        <translation>Dejar constancia de por qué la fuente anónima seleccionada es aceptable</translation>
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
        <translation>Pasar el artículo a «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n finding(s) block approval (%1).</source>
        <translation>
            <numerusform>%n hallazgo impide la aprobación (%1).</numerusform>
            <numerusform>%n hallazgos impiden la aprobación (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As chief you can approve anyway with a written reason.</source>
        <translation>Como jefe de redacción, puede aprobar de todos modos con un motivo por escrito.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Which changes do you request? The editor sees this comment.</source>
        <translation>¿Qué cambios solicita? El redactor ve este comentario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment is required.</source>
        <translation>Se necesita un comentario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your edits to this article could not be saved, so its status was not changed.</source>
        <translation>No se pudieron guardar sus cambios en este artículo, así que su estado no se cambió.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve Over Findings</source>
        <translation>Aprobar pese a los hallazgos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

As chief you can approve anyway. Write why; the reason is kept in the article&apos;s audit trail.</source>
        <translation>%1

Como jefe de redacción, puede aprobar de todos modos. Escriba por qué; el motivo se guarda en el registro de auditoría del artículo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+190"/>
        <location line="+39"/>
        <source>A reason is required.</source>
        <translation>Se necesita un motivo.</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Only a reviewer or a chief can verify or dispute sources.</source>
        <translation>Solo un revisor o un jefe de redacción puede verificar o cuestionar fuentes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Withdraw “No Attribution Needed”</source>
        <translation>Retirar «No necesita atribución»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the “no attribution needed” mark off the selected paragraph</source>
        <translation>Quitar la marca «no necesita atribución» del párrafo seleccionado</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Every source has been checked.</source>
        <translation>Se han comprobado todas las fuentes.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n source(s) checked</source>
        <translation>
            <numerusform>%1 de %n fuente comprobada</numerusform>
            <numerusform>%1 de %n fuentes comprobadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dispute Source</source>
        <translation>Cuestionar fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is “%1” disputed in paragraph %2? The editor sees this note.</source>
        <translation>¿Por qué se cuestiona «%1» en el párrafo %2? El redactor ve esta nota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note is required.</source>
        <translation>Se necesita una nota.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify “%1”</source>
        <translation>verificación de «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute “%1”</source>
        <translation>cuestionamiento de «%1»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No Attribution Needed</source>
        <translation>No necesita atribución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why does paragraph %1 need no source? For example: the reporter&apos;s own observation. The reason is shown to reviewers and kept in the audit trail.</source>
        <translation>¿Por qué el párrafo %1 no necesita fuente? Por ejemplo: una observación propia del periodista. El motivo se muestra a los revisores y se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+36"/>
        <source>Your edits to this article could not be saved, so nothing was recorded.</source>
        <translation>No se pudieron guardar sus cambios en este artículo, así que no se registró nada.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Approve Anonymous Source</source>
        <translation>Aprobar fuente anónima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is the anonymous source “%1” acceptable in paragraph %2? The reason and your name are kept in the audit trail.</source>
        <translation>¿Por qué es aceptable la fuente anónima «%1» en el párrafo %2? El motivo y su nombre se guardan en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The findings could not be computed: %1</source>
        <translation>No se pudieron calcular los hallazgos: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blocking</source>
        <translation>Bloqueantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks approval until it is resolved.</source>
        <translation>Impide la aprobación hasta que se resuelva.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No findings: nothing stands in the way.</source>
        <translation>Sin hallazgos: nada lo impide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fi&amp;ndings (%1)</source>
        <translation>&amp;Hallazgos (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../app/storage/ReviewStore.cpp" line="+87"/>
        <source>reading the review decisions</source>
        <translation>leyendo las decisiones de revisión</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Article %1 stays “%2”: %3</source>
        <translation>El artículo %1 sigue «%2»: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>changing the status of article %1</source>
        <translation>cambiando el estado del artículo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article %1 was changed by someone else meanwhile; its status was not changed.</source>
        <translation>Otra persona modificó entretanto el artículo %1; su estado no se cambió.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Article %1 has no paragraph %2.</source>
        <translation>El artículo %1 no tiene el párrafo %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>marking paragraph %1 of article %2</source>
        <translation>marcando el párrafo %1 del artículo %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is an editor: only a reviewer or a chief can approve an anonymous source.</source>
        <translation>%1 es redactor: solo un revisor o un jefe de redacción puede aprobar una fuente anónima.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the anonymous source “%1” is acceptable: a reason is required.</source>
        <translation>Indique por qué la fuente anónima «%1» es aceptable: se necesita un motivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paragraph %1 of article %2 does not cite “%3”.</source>
        <translation>El párrafo %1 del artículo %2 no cita «%3».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>recording the decision on “%1”</source>
        <translation>registrando la decisión sobre «%1»</translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <location filename="../app/core/review/ReviewWorkflow.cpp" line="+86"/>
        <source>The article is already &quot;%1&quot;.</source>
        <translation>El artículo ya está «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An article that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become: %3.</source>
        <translation>Un artículo «%1» no puede pasar a «%2»; puede pasar a: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing else</source>
        <translation>nada más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who you are: a status change is recorded with a name.</source>
        <translation>Indique quién es usted: un cambio de estado se registra con un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an editor: only a reviewer or a chief can move an article from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1 es redactor: solo un revisor o un jefe de redacción puede pasar un artículo de «%2» a «%3».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which changes you request: a comment is required.</source>
        <translation>Indique qué cambios solicita: se necesita un comentario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 wrote or last edited this article and cannot approve it: another reviewer must.</source>
        <translation>%1 escribió o editó por última vez este artículo y no puede aprobarlo: debe hacerlo otro revisor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a chief can approve over blocking findings.</source>
        <translation>Solo un jefe de redacción puede aprobar pese a hallazgos bloqueantes.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n finding(s) block approval (%1). Fix them, or a chief can approve with a written reason.</source>
        <translation>
            <numerusform>%n hallazgo impide la aprobación (%1). Corríjalo, o un jefe de redacción puede aprobar con un motivo por escrito.</numerusform>
            <numerusform>%n hallazgos impiden la aprobación (%1). Corríjalos, o un jefe de redacción puede aprobar con un motivo por escrito.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send back to review</source>
        <translation>Volver a enviar a revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw approval</source>
        <translation>Retirar la aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark published</source>
        <translation>Marcar como publicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark corrected</source>
        <translation>Marcar como corregido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <location filename="../app/models/RevisionListModel.cpp" line="+91"/>
        <location filename="../app/widgets/HistoryInspector.cpp" line="-270"/>
        <source>%1 (current)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled</source>
        <translation>Sin titular</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1, the article as it is stored now</source>
        <translation>Versión %1, el artículo tal como está guardado ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1, saved %2</source>
        <translation>Versión %1, guardada el %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
</context>
<context>
    <name>SearchPreview</name>
    <message>
        <location filename="../app/widgets/SearchPreview.cpp" line="+63"/>
        <source>Search result preview</source>
        <translation>Vista previa del resultado de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the article may appear in search results</source>
        <translation>Cómo puede aparecer el artículo en los resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+163"/>
        <location line="+29"/>
        <source>No article is open</source>
        <translation>No hay ningún artículo abierto</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Address: %1. Title: %2. Description: %3</source>
        <translation>Dirección: %1. Título: %2. Descripción: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none, the article has no summary</source>
        <translation>ninguna, el artículo no tiene resumen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Untitled article</source>
        <translation>Artículo sin titular</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No summary: search engines will quote text from the page instead.</source>
        <translation>Sin resumen: los buscadores citarán en su lugar texto de la página.</translation>
    </message>
</context>
<context>
    <name>SingleSourceRule</name>
    <message>
        <location filename="../app/core/review/SingleSourceRule.cpp" line="+67"/>
        <source>%1 of the %2 attributed paragraphs cite only “%3”; add independent sources or say why one source is enough.</source>
        <translation>%1 de los %2 párrafos con atribución solo citan «%3»; añada fuentes independientes o explique por qué basta con una.</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../app/core/Source.cpp" line="+14"/>
        <source>Official</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wire service</source>
        <translation>Agencia de noticias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anónima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
</context>
<context>
    <name>SourceKindDelegate</name>
    <message>
        <location filename="../app/widgets/SourceKindDelegate.cpp" line="+13"/>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
</context>
<context>
    <name>SourceRegistryModel</name>
    <message numerus="yes">
        <location filename="../app/models/SourceRegistryModel.cpp" line="+98"/>
        <source>Cited by %n paragraph(s)</source>
        <translation>
            <numerusform>Citada en %n párrafo</numerusform>
            <numerusform>Citada en %n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cited by</source>
        <translation>Citada en</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A source needs a name.</source>
        <translation>Una fuente necesita un nombre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a kind of source.</source>
        <translation>«%1» no es un tipo de fuente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a web address; it must start with http:// or https://.</source>
        <translation>«%1» no es una dirección web; debe empezar por http:// o https://.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../ui/SourcesDialog.ui" line="+14"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source registry is shared by every article. Double-click a name, kind or website to change it; merge duplicates into one source.</source>
        <translation>El registro de fuentes es común a todos los artículos. Haga doble clic en un nombre, tipo o sitio web para cambiarlo; combine los duplicados en una sola fuente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name, kind or website</source>
        <translation>Nombre, tipo o sitio web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter sources</source>
        <translation>Filtrar fuentes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source registry</source>
        <translation>Registro de fuentes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Combinar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge the selected sources into one of them; paragraphs citing the others cite it instead</source>
        <translation>Combinar las fuentes seleccionadas en una de ellas; los párrafos que citan las demás pasan a citar esa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge the selected sources</source>
        <translation>Combinar las fuentes seleccionadas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected sources; only sources no paragraph cites can be deleted</source>
        <translation>Eliminar las fuentes seleccionadas; solo se pueden eliminar las fuentes que ningún párrafo cita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected sources</source>
        <translation>Eliminar las fuentes seleccionadas</translation>
    </message>
    <message>
        <location filename="../app/widgets/SourcesDialog.cpp" line="+52"/>
        <source>The source registry could not be read: %1</source>
        <translation>No se pudo leer el registro de fuentes: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%1 (cited by %n paragraph(s))</source>
        <translation>
            <numerusform>%1 (citada en %n párrafo)</numerusform>
            <numerusform>%1 (citada en %n párrafos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge Sources</source>
        <translation>Combinar fuentes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep which source? The other %n source(s) are deleted and every paragraph that cites them cites the kept one instead. This cannot be undone.</source>
        <translation>
            <numerusform>¿Qué fuente se conserva? La otra fuente (%n) se eliminará y todos los párrafos que la citan pasarán a citar la conservada. Esto no se puede deshacer.</numerusform>
            <numerusform>¿Qué fuente se conserva? Las otras %n fuentes se eliminarán y todos los párrafos que las citan pasarán a citar la conservada. Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sources could not be merged: %1</source>
        <translation>No se pudieron combinar las fuentes: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>SpellCheckDialog</name>
    <message>
        <location filename="../ui/SpellCheckDialog.ui" line="+6"/>
        <source>Check Spelling</source>
        <translation>Revisar la ortografía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the word is</source>
        <translation>Dónde está la palabra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The misspelled word in its text</source>
        <translation>La palabra mal escrita en su texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change &amp;to:</source>
        <translation>Ca&amp;mbiar por:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replacement</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Suggestions:</source>
        <translation>&amp;Sugerencias:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spelling check status</source>
        <translation>Estado de la revisión ortográfica</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this occurrence with the text in “Change to”</source>
        <translation>Reemplazar esta aparición por el texto de «Cambiar por»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every occurrence of this misspelling in the article</source>
        <translation>Reemplazar todas las apariciones de esta errata en el artículo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignore &amp;Once</source>
        <translation>Omitir &amp;una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this occurrence and go on to the next error</source>
        <translation>Dejar esta aparición y pasar al error siguiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ignore in Article</source>
        <translation>&amp;Omitir en el artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this word everywhere in this article</source>
        <translation>Aceptar esta palabra en todo este artículo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to &amp;Newsroom Dictionary</source>
        <translation>Añadir al diccionario de la re&amp;dacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this word in every article, for every desk</source>
        <translation>Aceptar esta palabra en todos los artículos, en todos los puestos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to &amp;Personal Dictionary</source>
        <translation>Añadir al diccionario &amp;personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this word in every article you edit</source>
        <translation>Aceptar esta palabra en todos los artículos que usted edite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../app/widgets/SpellCheckDialog.cpp" line="+43"/>
        <source>No article is open.</source>
        <translation>No hay ningún artículo abierto.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not in the dictionary, in %1:</source>
        <translation>No está en el diccionario (%1):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No suggestions: type the correction.</source>
        <translation>No hay sugerencias: escriba la corrección.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No spelling errors in this article.</source>
        <translation>No hay errores ortográficos en este artículo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spelling check is complete: no more errors.</source>
        <translation>La revisión ortográfica ha terminado: no quedan errores.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Replaced %n time(s).</source>
        <translation>
            <numerusform>Se reemplazó %n vez.</numerusform>
            <numerusform>Se reemplazó %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ignore Word</source>
        <translation>Omitir palabra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Añadir al diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Personal Dictionary</source>
        <translation>Añadir al diccionario personal</translation>
    </message>
</context>
<context>
    <name>Speller</name>
    <message>
        <location filename="../app/spelling/Speller.cpp" line="+198"/>
        <source>&quot;%1&quot; is not a word that can be added: it is empty or contains spaces.</source>
        <translation>«%1» no es una palabra que se pueda añadir: está vacía o contiene espacios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 “%2” is not added, so the file stays as it is.</source>
        <translation>%1 «%2» no se añade, así que el archivo se queda como está.</translation>
    </message>
</context>
<context>
    <name>SpellingBench</name>
    <message>
        <location filename="../app/bench/SpellingBench.cpp" line="+97"/>
        <source>spell: skipped. %1</source>
        <translation>spell: omitido. %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>spell: copydesk-cli was not found; its figures are skipped.</source>
        <translation>spell: no se encontró copydesk-cli; se omiten sus cifras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spell: the hunspell command is not installed (Debian package hunspell): copydesk-cli is timed without the comparison.</source>
        <translation>spell: la orden hunspell no está instalada (paquete de Debian hunspell): copydesk-cli se mide sin la comparación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating a %1-word news text and a %2-word article…</source>
        <translation>Generando un texto de noticias de %1 palabras y un artículo de %2 palabras…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the word list of %1.</source>
        <translation>No se puede leer la lista de palabras de %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>spell: the text is %1 words of generated news copy (%2 distinct, %3 paragraphs, %4 KB) with %5 misspellings put in (%6%), vocabulary from SyntheticLibrary plus a tail of %7 words of %8; the article is %9 more words of the same stream.</source>
        <translation>spell: el texto son %1 palabras de noticias generadas (%2 distintas, %3 párrafos, %4 KB) con %5 erratas introducidas (%6 %), vocabulario de SyntheticLibrary más una cola de %7 palabras de %8; el artículo son %9 palabras más del mismo flujo.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 %2 failed (exit code %3): %4 %5</source>
        <translation>%1 %2 falló (código de salida %3): %4 %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Timing %1 %2…</source>
        <translation>Midiendo %1 %2…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>; hunspell -l flags %1 (%2 distinct), %3 of them the same words</source>
        <translation>; hunspell -l marca %1 (%2 distintas), %3 de ellas las mismas palabras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spell: in the %1-word text copydesk-cli flags %2 words (%3 distinct: the words it asks Hunspell to suggest for)%4.</source>
        <translation>spell: en el texto de %1 palabras, copydesk-cli marca %2 palabras (%3 distintas: las palabras para las que pide sugerencias a Hunspell)%4.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>target: half the mean time of %1 on the same file in this run</source>
        <translation>objetivo: la mitad del tiempo medio de %1 sobre el mismo archivo en esta ejecución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU time %1 vs %2 for %3 (ratio %4)</source>
        <translation>tiempo de CPU %1 frente a %2 de %3 (proporción %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU time %1</source>
        <translation>tiempo de CPU %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>spell --no-suggestions, %1 words (vs hunspell -l)</source>
        <translation>spell --no-suggestions, %1 palabras (frente a hunspell -l)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spell with suggestions, %1 words (vs hunspell -l)</source>
        <translation>spell con sugerencias, %1 palabras (frente a hunspell -l)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to 8 suggestions per distinct misspelled word, in up to %1 processes</source>
        <translation>hasta 8 sugerencias por cada palabra mal escrita distinta, en hasta %1 procesos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spell with suggestions --jobs 1, %1 words (vs hunspell -l)</source>
        <translation>spell con sugerencias --jobs 1, %1 palabras (frente a hunspell -l)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>spell with suggestions, %1-word article (vs hunspell -a)</source>
        <translation>spell con sugerencias, artículo de %1 palabras (frente a hunspell -a)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hunspell -a suggests for each misspelled occurrence, copydesk-cli once per distinct word</source>
        <translation>hunspell -a sugiere para cada aparición mal escrita, copydesk-cli una vez por palabra distinta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the %1-word article in process…</source>
        <translation>Revisando el artículo de %1 palabras dentro del proceso…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Speller: load the en_US dictionary</source>
        <translation>Speller: cargar el diccionario en_US</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>check a %1-word article, cold word cache</source>
        <translation>revisar un artículo de %1 palabras, caché de palabras en frío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every paragraph, %1 misspelled words found (%2 put in); the editor checks the visible paragraphs first (issue 4: underlined within 50 ms) and the rest in the background</source>
        <translation>todos los párrafos, %1 palabras mal escritas encontradas (%2 introducidas); el editor revisa primero los párrafos visibles (incidencia 4: subrayado en 50 ms) y el resto en segundo plano</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>check a %1-word article again, warm word cache</source>
        <translation>revisar de nuevo un artículo de %1 palabras, caché de palabras en caliente</translation>
    </message>
</context>
<context>
    <name>SpellingFigures</name>
    <message>
        <location filename="../app/bench/gui/SpellingFigures.cpp" line="+133"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has too few plain words for a news vocabulary.</source>
        <translation>%1 tiene muy pocas palabras simples para un vocabulario de noticias.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The long article with a news vocabulary</source>
        <translation>El artículo largo con vocabulario de noticias</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Spelling figures skipped: %1</source>
        <translation>Cifras de ortografía omitidas: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open article %1.</source>
        <translation>No se pudo abrir el artículo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spelling in a %L1-word article with a news vocabulary</source>
        <translation>Ortografía en un artículo de %L1 palabras con vocabulario de noticias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling figures: the long article with one word in four replaced by a stem of %1 and %2 typing slips (one word in a hundred), %L3 words. The figures above for the library&apos;s long article were taken with spelling on as well.</source>
        <translation>Cifras de ortografía: el artículo largo con una de cada cuatro palabras sustituida por una raíz de %1 y %2 erratas de tecleo (una palabra de cada cien), %L3 palabras. Las cifras anteriores del artículo largo de la biblioteca también se tomaron con la ortografía activada.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Opening the article without spelling failed.</source>
        <translation>No se pudo abrir el artículo sin revisión ortográfica.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The article was not underlined and checked within 30 s.</source>
        <translation>El artículo no se subrayó ni se revisó en 30 s.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>showArticle() → first paint of the body, spelling off</source>
        <translation>showArticle() → primer dibujado del cuerpo, ortografía desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same opens with the body&apos;s highlighter detached; the time the paint event arrives.</source>
        <translation>las mismas aperturas con el resaltador del cuerpo desconectado; el momento en que llega el evento de dibujado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showArticle() → first paint with the visible paragraphs underlined</source>
        <translation>showArticle() → primer dibujado con los párrafos visibles subrayados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cold word cache each time; the time the body&apos;s first paint with every visible paragraph checked arrives. showArticle() returned after %1 ms (median): the first screen is checked when the body gets the article, so its first paint is underlined.</source>
        <translation>caché de palabras en frío cada vez; el momento en que llega el primer dibujado del cuerpo con todos los párrafos visibles revisados. showArticle() volvió tras %1 ms (mediana): la primera pantalla se revisa cuando el cuerpo recibe el artículo, así que su primer dibujado ya sale subrayado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>spelling&apos;s share of it (difference of the medians)</source>
        <translation>parte de la ortografía en ello (diferencia de las medianas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showArticle() → whole article checked (background)</source>
        <translation>showArticle() → artículo entero revisado (segundo plano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 paragraphs, %2 misspellings found; checked %3 ms at a time between events, visible paragraphs first, then outwards from the cursor.</source>
        <translation>%1 párrafos, %2 erratas encontradas; revisado en tramos de %3 ms entre eventos, primero los párrafos visibles y luego hacia fuera desde el cursor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>longest event-loop stall from showArticle()&apos;s return until checked</source>
        <translation>bloqueo más largo del bucle de eventos desde el retorno de showArticle() hasta acabar la revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the longest gap between the timeouts of a 1 ms timer, less 1 ms, over all %1 opens (the first paint of the opened article included): the longest a key press waits. Spelling off: %2 ms.</source>
        <translation>el mayor intervalo entre los disparos de un temporizador de 1 ms, menos 1 ms, en las %1 aperturas (incluido el primer dibujado del artículo abierto): lo máximo que espera una pulsación de tecla. Ortografía desactivada: %2 ms.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Typing misspelled words did not add underlines (%1 before, %2 after).</source>
        <translation>Escribir palabras mal escritas no añadió subrayados (%1 antes, %2 después).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keystroke → paragraph re-checked, event loop idle</source>
        <translation>pulsación → párrafo revisado de nuevo, bucle de eventos inactivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 letters of “%2” typed in paragraph %3 (the spaces typed but not timed): the key events, the underlines shifted, the idle re-check of the paragraph and Qt&apos;s repaints; %4 → %5 underlined words.</source>
        <translation>%1 letras de «%2» escritas en el párrafo %3 (los espacios se escriben pero no se miden): los eventos de teclado, el desplazamiento de los subrayados, la nueva revisión del párrafo en reposo y los redibujados de Qt; %4 → %5 palabras subrayadas.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The re-marked paragraphs were not checked within 30 s.</source>
        <translation>Los párrafos marcados de nuevo no se revisaron en 30 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a word ignored → its paragraphs marked (synchronous)</source>
        <translation>una palabra omitida → sus párrafos marcados (síncrono)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”, the word in the most paragraphs (%2 of %3): %4 paragraphs marked, those containing it in any case (also inside a longer word); never a full rehighlight.</source>
        <translation>«%1», la palabra presente en más párrafos (%2 de %3): %4 párrafos marcados, los que la contienen en mayúsculas o minúsculas (también dentro de una palabra más larga); nunca un resaltado completo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a word ignored → those paragraphs re-checked (background)</source>
        <translation>una palabra omitida → esos párrafos revisados de nuevo (segundo plano)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longest event-loop stall meanwhile</source>
        <translation>bloqueo más largo del bucle de eventos mientras tanto</translation>
    </message>
</context>
<context>
    <name>SpellingItemDelegate</name>
    <message>
        <location filename="../app/widgets/SpellingItemDelegate.cpp" line="+139"/>
        <source>Correct “%1” to “%2”</source>
        <translation>corrección de «%1» a «%2»</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../app/widgets/SpellingMenu.cpp" line="+19"/>
        <source>(No suggestions)</source>
        <translation>(Sin sugerencias)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace “%1” with “%2”</source>
        <translation>Reemplazar «%1» por «%2»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Ignore “%1” in This Article</source>
        <translation>&amp;Omitir «%1» en este artículo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this word in this article only</source>
        <translation>Aceptar esta palabra solo en este artículo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore Word</source>
        <translation>Omitir palabra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add “%1” to &amp;Newsroom Dictionary</source>
        <translation>&amp;Añadir «%1» al diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this word in every article, for every desk</source>
        <translation>Aceptar esta palabra en todos los artículos, en todos los puestos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Añadir al diccionario de la redacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add “%1” to &amp;Personal Dictionary</source>
        <translation>Añadir «%1» al diccionario perso&amp;nal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this word in every article you edit</source>
        <translation>Aceptar esta palabra en todos los artículos que usted edite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Personal Dictionary</source>
        <translation>Añadir al diccionario personal</translation>
    </message>
</context>
<context>
    <name>SpellingReport</name>
    <message>
        <location filename="../app/cli/SpellingReport.cpp" line="+84"/>
        <source>headline</source>
        <translation>titular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>byline</source>
        <translation>firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paragraph %1</source>
        <translation>párrafo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meta title %1</source>
        <translation>metatítulo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, línea %2, columna %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no suggestions)</source>
        <translation>(sin sugerencias)</translation>
    </message>
</context>
<context>
    <name>SpellingRule</name>
    <message>
        <location filename="../app/core/review/SpellingRule.cpp" line="+33"/>
        <source>“%1” in %2 may be misspelled.</source>
        <translation>Posible error ortográfico: «%1» en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” in %2 may be misspelled; did you mean “%3”?</source>
        <translation>Posible error ortográfico: «%1» en %2; ¿quiso decir «%3»?</translation>
    </message>
</context>
<context>
    <name>SqliteReplay</name>
    <message>
        <location filename="../app/bench/SqliteReplay.cpp" line="+44"/>
        <source>opening %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closing %1</source>
        <translation>cerrar %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the connection&apos;s PRAGMAs</source>
        <translation>los PRAGMA de la conexión</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: %2 (SQLite code %3)</source>
        <translation>%1: %2 (código de SQLite %3)</translation>
    </message>
</context>
<context>
    <name>SqliteShell</name>
    <message>
        <location filename="../app/bench/SqliteShell.cpp" line="+43"/>
        <source>%1 cannot be run (%2); the sqlite3 column stays empty.</source>
        <translation>no se puede ejecutar %1 (%2); la columna sqlite3 queda vacía.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 failed on %2: %3</source>
        <translation>%1 falló en %2: %3</translation>
    </message>
</context>
<context>
    <name>StoredLinkLookup</name>
    <message>
        <location filename="../app/storage/StoredLinkLookup.cpp" line="+32"/>
        <source>following a link to article %1</source>
        <translation>siguiendo un enlace al artículo %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the article links</source>
        <translation>leyendo los enlaces de los artículos</translation>
    </message>
</context>
<context>
    <name>SummaryLengthRule</name>
    <message numerus="yes">
        <location filename="../app/core/review/SummaryLengthRule.cpp" line="+57"/>
        <source>The summary has %n words; keep it to %1 or fewer (it runs over from “%2”).</source>
        <translation>
            <numerusform>El resumen tiene %n palabra; redúzcalo a %1 como máximo (se excede a partir de «%2»).</numerusform>
            <numerusform>El resumen tiene %n palabras; redúzcalo a %1 como máximo (se excede a partir de «%2»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryMissingRule</name>
    <message>
        <location filename="../app/core/review/SummaryMissingRule.cpp" line="+17"/>
        <source>The article has no reader summary.</source>
        <translation>El artículo no tiene resumen para los lectores.</translation>
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
        <translation>quedan unos %1 s</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <location filename="../app/core/TextDiff.cpp" line="+302"/>
        <source>%1 (chosen)</source>
        <translation>%1 (elegido)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Paragraph %1 (moved from %2)</source>
        <translation>Párrafo %1 (movido desde el %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1</source>
        <translation>Párrafo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Sources of paragraph %1</source>
        <translation>Fuentes del párrafo %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Removed paragraph (was %1)</source>
        <translation>Párrafo eliminado (era el %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New paragraph %1</source>
        <translation>Párrafo nuevo %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Meta titles</source>
        <translation>Metatítulos</translation>
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
        <translation>%1:%2: UTF-8 no válido en la posición de byte %3 (byte 0x%4); guarde el texto en UTF-8.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: cannot read standard input: %2</source>
        <translation>%1: no se puede leer la entrada estándar: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a text file.</source>
        <translation>%1: es una carpeta, no un archivo de texto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>TitleVariantsRule</name>
    <message>
        <location filename="../app/core/review/TitleVariantsRule.cpp" line="+62"/>
        <source>Meta title %1 is empty.</source>
        <translation>El metatítulo %1 está vacío.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meta title %1 (“%2”) repeats meta title %3 (“%4”) apart from case and punctuation.</source>
        <translation>El metatítulo %1 («%2») repite el metatítulo %3 («%4»), salvo por mayúsculas y puntuación.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta title %1 contains HTML (“%2”); search results show it as text.</source>
        <translation>El metatítulo %1 contiene HTML («%2»); los resultados de búsqueda lo muestran como texto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The article has %1 meta-title variants; keep it to %2 or fewer.</source>
        <translation>El artículo tiene %1 variantes de metatítulo; no pase de %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meta-title variant is chosen; search results will show the headline or a title of their own.</source>
        <translation>No se ha elegido ninguna variante de metatítulo; los resultados de búsqueda mostrarán el titular o un título propio.</translation>
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
        <translation>cabe en los resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close to the cut (above %1 px)</source>
        <translation>cerca del corte (más de %1 px)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search results cut it (above %1 px)</source>
        <translation>los resultados de búsqueda lo cortan (más de %1 px)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 wide at Arial 20 px, %2.</source>
        <translation>%1 de ancho en Arial de 20 px, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search engines cut titles near %1 px at Arial 20 px; the bar turns amber above %2 px and red above %1 px.</source>
        <translation>Los buscadores cortan los títulos en Arial de 20 px hacia los %1 px; la barra se vuelve ámbar por encima de %2 px y roja por encima de %1 px.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured with the installed Liberation Sans 20 px: %L1 px</source>
        <translation>Medido con la Liberation Sans de 20 px instalada: %L1 px</translation>
    </message>
</context>
<context>
    <name>TitleWidthRule</name>
    <message>
        <location filename="../app/core/review/TitleWidthRule.cpp" line="+38"/>
        <source>Too wide for search results: %1 “%2” is %3 px, and results cut titles at %4 px, after “%5”.</source>
        <translation>Demasiado ancho para los resultados de búsqueda: %1 «%2» mide %3 px, y los resultados cortan los títulos a %4 px, tras «%5».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nearly too wide for search results: %1 “%2” is %3 px; above %4 px results may cut it.</source>
        <translation>Casi demasiado ancho para los resultados de búsqueda: %1 «%2» mide %3 px; por encima de %4 px los resultados pueden cortarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Short for search results: %1 “%2” is only %3 px; titles under %4 px leave most of the result line unused.</source>
        <translation>Corto para los resultados de búsqueda: %1 «%2» solo mide %3 px; los títulos de menos de %4 px dejan sin usar la mayor parte de la línea del resultado.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+85"/>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copydesk could not open %1.

%2</source>
        <translation>Copydesk no pudo abrir %1.

%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Newsroom editor with source attributions.</source>
        <translation>Editor para redacciones con atribución de fuentes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the database at PATH, or a newsroom server at postgresql://user@host:port/database (default: %1).</source>
        <translation>Abrir la base de datos en RUTA, o un servidor de la redacción en postgresql://user@host:port/database (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
</context>
</TS>
