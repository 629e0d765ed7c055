<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArticleCommands</name>
    <message>
        <location filename="../app/models/ArticleCommands.cpp" line="+10"/>
        <source>Edit headline</source>
        <translation>Editar titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit summary</source>
        <translation>Editar resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit byline</source>
        <translation>Editar firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit section</source>
        <translation>Editar sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change language</source>
        <translation>Cambiar idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit slug</source>
        <translation>Editar slug</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../app/models/ArticleDocument.cpp" line="+395"/>
        <source>Move paragraph</source>
        <translation>Mover párrafo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../app/models/ArticleListModel.cpp" line="+103"/>
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
    <name>ArticleStatus</name>
    <message>
        <location filename="../app/core/Article.cpp" line="+66"/>
        <source>In review</source>
        <translation>En revisión</translation>
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
        <location line="+4"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <location filename="../app/storage/ArticleStore.cpp" line="+269"/>
        <source>The article has not been stored yet.</source>
        <translation>El artículo aún no se ha guardado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Article %1 was changed by someone else: you edited version %2, the database has version %3. Nothing was saved.</source>
        <translation>Otra persona modificó el artículo %1: usted editó la versión %2 y la base de datos tiene la versión %3. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>storing article “%1”</source>
        <translation>guardando el artículo «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An article with the uri %1 or uuid %2 already exists.</source>
        <translation>Ya existe un artículo con el URI %1 o el UUID %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>saving article %1</source>
        <translation>guardando el artículo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article %1 was changed by someone else while saving; nothing was saved.</source>
        <translation>Otra persona modificó el artículo %1 mientras se guardaba; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading paragraphs</source>
        <translation>leyendo los párrafos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removing a paragraph</source>
        <translation>eliminando un párrafo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>storing paragraph %1</source>
        <translation>guardando el párrafo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 has the uuid %2 that another paragraph already uses.</source>
        <translation>El párrafo %1 tiene el UUID %2, que ya usa otro párrafo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>saving paragraph %1</source>
        <translation>guardando el párrafo %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saving attributions</source>
        <translation>guardando las atribuciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>storing the attributions of paragraph %1</source>
        <translation>guardando las atribuciones del párrafo %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving meta titles</source>
        <translation>guardando los metatítulos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>saving meta title %1</source>
        <translation>guardando el metatítulo %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>updating the search index</source>
        <translation>actualizando el índice de búsqueda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recording revision %1</source>
        <translation>registrando la revisión %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An attribution in “%1” has no source name.</source>
        <translation>Una atribución en «%1» no tiene nombre de fuente.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>deleting article %1</source>
        <translation>eliminando el artículo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+257"/>
        <source>There is no article %1.</source>
        <translation>No existe el artículo %1.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>loading article %1</source>
        <translation>cargando el artículo %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>loading paragraphs</source>
        <translation>cargando los párrafos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>loading attributions</source>
        <translation>cargando las atribuciones</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>loading meta titles</source>
        <translation>cargando los metatítulos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>loading linked articles</source>
        <translation>cargando los artículos enlazados</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>looking up article %1</source>
        <translation>buscando el artículo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no article “%1” (expected an id, a uuid or a uri).</source>
        <translation>No existe el artículo «%1» (se esperaba un ID, un UUID o un URI).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>listing articles</source>
        <translation>listando los artículos</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>counting articles</source>
        <translation>contando los artículos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the links of article %1</source>
        <translation>leyendo los enlaces del artículo %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>linking article %1</source>
        <translation>enlazando el artículo %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Article %1 cannot be linked to itself.</source>
        <translation>El artículo %1 no puede enlazarse consigo mismo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checking the series for a loop</source>
        <translation>comprobando si la serie forma un ciclo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linking article %1 before article %2 would make the series loop: %2 already leads to %1.</source>
        <translation>Enlazar el artículo %1 antes del artículo %2 cerraría la serie en un ciclo: %2 ya lleva a %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>reading the series of article %1</source>
        <translation>leyendo la serie del artículo %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reading the history of article %1</source>
        <translation>leyendo el historial del artículo %1</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+59"/>
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
        <location line="+24"/>
        <source>reading the source registry</source>
        <translation>leyendo el registro de fuentes</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+80"/>
        <source>looking up source %1</source>
        <translation>buscando la fuente %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>A source needs a name.</source>
        <translation>Una fuente necesita un nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+30"/>
        <location line="+18"/>
        <location line="+16"/>
        <source>There is no source %1.</source>
        <translation>No existe la fuente %1.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>counting citations</source>
        <translation>contando las citas</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>merging sources</source>
        <translation>combinando las fuentes</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
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
    <name>BenchRunner</name>
    <message>
        <location filename="../app/bench/BenchRunner.cpp" line="+324"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+365"/>
        <source>opening %1</source>
        <translation>abriendo %1</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>Total run time of the benchmark: %1 s; 1-minute load average %2 at the start, %3 at the end (on %4 cores).</source>
        <translation>Tiempo total de la prueba: %1 s; carga media de 1 minuto de %2 al inicio y %3 al final (en %4 núcleos).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Environment: %1 articles, SQLite library %2, sqlite3 shell %3, Qt %4, %5 × %6, %7; database file %8 MB.</source>
        <translation>Entorno: %1 artículos, biblioteca SQLite %2, shell de sqlite3 %3, Qt %4, %5 × %6, %7; archivo de base de datos de %8 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+200"/>
        <source>creating %1</source>
        <translation>creando %1</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>The query word “%1” is not in the generator&apos;s vocabulary.</source>
        <translation>La palabra de búsqueda «%1» no está en el vocabulario del generador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating and importing %1 articles in batches of %2 into %3…</source>
        <translation>Generando e importando %1 artículos en lotes de %2 en %3…</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+22"/>
        <source>first tenth %1 /s, last tenth %2 /s; %3 ms per call of %4</source>
        <translation>primera décima parte %1 /s, última %2 /s; %3 ms por llamada de %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import, first %1 articles (empty file)</source>
        <translation>importación, primeros %1 artículos (archivo vacío)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlite3: the same rows as plain INSERTs with ids chosen up front, one transaction per %1 articles</source>
        <translation>sqlite3: las mismas filas como INSERT simples con ID elegidos de antemano, una transacción por cada %1 artículos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>link(prev, next) during import (every 10th article)</source>
        <translation>link(prev, next) durante la importación (uno de cada 10 artículos)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sqlite3 shell: inserting the first %1 articles as plain SQL…</source>
        <translation>shell de sqlite3: insertando los primeros %1 artículos como SQL simple…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sqlite3 import comparison skipped: %1</source>
        <translation>comparación de importación con sqlite3 omitida: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>sqlite3 import comparison failed: %1</source>
        <translation>la comparación de importación con sqlite3 falló: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create(): %1 articles into a fresh file, begin/commit around every %2…</source>
        <translation>create(): %1 artículos en un archivo nuevo, begin/commit cada %2…</translation>
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
        <translation>create() %1 artículos (begin/commit cada %2)</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+15"/>
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
        <location line="+21"/>
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
        <source>%1 matching articles (FTS expression %2)</source>
        <translation>%1 artículos coincidentes (expresión FTS %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>load: 1,000 random articles…</source>
        <translation>load: 1000 artículos al azar…</translation>
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
        <translation>cargar un artículo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sqlite3: the 4-5 SELECTs ArticleStore::load runs, for the same ids</source>
        <translation>sqlite3: los 4-5 SELECT que ejecuta ArticleStore::load, para los mismos ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>save: one edited paragraph, 500 random articles…</source>
        <translation>save: un párrafo editado, 500 artículos al azar…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>save one edited paragraph (save())</source>
        <translation>guardar un párrafo editado (save())</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sqlite3: the same reads, revision insert, article/paragraph/search-text updates in one transaction, 200 other articles</source>
        <translation>sqlite3: las mismas lecturas, inserción de revisión y actualizaciones de artículo, párrafo y texto de búsqueda en una transacción, 200 artículos distintos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edit cycle (load + edit + save)</source>
        <translation>ciclo de edición (cargar + editar + guardar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export ninjs: %1 articles in memory…</source>
        <translation>exportación ninjs: %1 artículos en memoria…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NinjsCodec::toBytes returned nothing for article %1</source>
        <translation>NinjsCodec::toBytes no devolvió nada para el artículo %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>export ninjs, %1 articles (load + toBytes)</source>
        <translation>exportación ninjs, %1 artículos (load + toBytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per article: load %1 µs + NinjsCodec::toBytes %2 µs; %3 KB of JSON on average</source>
        <translation>por artículo: load %1 µs + NinjsCodec::toBytes %2 µs; %3 KB de JSON de media</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export ninjs: %1 articles to files…</source>
        <translation>exportación ninjs: %1 artículos a archivos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export ninjs, %1 articles to files (+ QSaveFile)</source>
        <translation>exportación ninjs, %1 artículos a archivos (+ QSaveFile)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writing one file with QSaveFile: %1 µs per article</source>
        <translation>escribir un archivo con QSaveFile: %1 µs por artículo</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+139"/>
        <source>The database: a Copydesk SQLite file. Default: $COPYDESK_DB, else the file the Copydesk application uses.</source>
        <translation>La base de datos: un archivo SQLite de Copydesk. Predeterminada: $COPYDESK_DB o, si no, el archivo que usa la aplicación Copydesk.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+7"/>
        <source>Only articles with this status: draft, review, approved or published.</source>
        <translation>Solo los artículos con este estado: draft, review, approved o published.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+463"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="-456"/>
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
        <location line="+7"/>
        <source>The export format. Supported: ninjs (IPTC ninjs 3.1 JSON), the default.</source>
        <translation>El formato de exportación. Admitido: ninjs (IPTC ninjs 3.1 JSON), el predeterminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder to write the files to; created when missing. Each article becomes &lt;slug or uuid&gt;-v&lt;version&gt;.ninjs.json.</source>
        <translation>La carpeta donde se escriben los archivos; se crea si no existe. Cada artículo se convierte en &lt;slug o uuid&gt;-v&lt;versión&gt;.ninjs.json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the link to the previous article.</source>
        <translation>Quita el enlace al artículo anterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the link to the next article.</source>
        <translation>Quita el enlace al artículo siguiente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+148"/>
        <source>FILE...</source>
        <translation>ARCHIVO...</translation>
    </message>
    <message>
        <location line="-148"/>
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
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows one article with its paragraphs, sources, meta titles and links.</source>
        <translation>Muestra un artículo con sus párrafos, fuentes, metatítulos y enlaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID...|--all --format ninjs --out DIR</source>
        <translation>ID...|--all --format ninjs --out CARPETA</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+16"/>
        <source>Imports, lists, shows, links and exports the articles of a Copydesk database.</source>
        <translation>Importa, lista, muestra, enlaza y exporta los artículos de una base de datos de Copydesk.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+45"/>
        <source>--db needs the path of a database file.</source>
        <translation>--db necesita la ruta de un archivo de base de datos.</translation>
    </message>
    <message>
        <location line="-39"/>
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
        <location line="+33"/>
        <location line="+21"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of one command.</source>
        <translation>Ejecute «%1 COMANDO --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit status: 0 success; 1 conflict (someone saved first); 2 bad input or usage (nothing was written); 3 database unavailable or damaged.</source>
        <translation>Estado de salida: 0 éxito; 1 conflicto (otra persona guardó antes); 2 entrada o uso incorrectos (no se escribió nada); 3 base de datos no disponible o dañada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Article files: .txt (the plain-text format) or .json (ninjs). Other names are read as ninjs when they start with &apos;{&apos;, else as plain text. Articles whose uri is already in the database update it; links between the files resolve in any order.</source>
        <translation>Archivos de artículo: .txt (el formato de texto plano) o .json (ninjs). Los demás nombres se leen como ninjs si empiezan por «{» y, si no, como texto plano. Los artículos cuyo URI ya está en la base de datos la actualizan; los enlaces entre los archivos se resuelven en cualquier orden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>The article: its id, uuid or uri.</source>
        <translation>El artículo: su ID, UUID o URI.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The articles: ids, uuids or uris.</source>
        <translation>Los artículos: ID, UUID o URI.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+490"/>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <location line="-480"/>
        <source>no such file.</source>
        <translation>no existe el archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not an article file.</source>
        <translation>es una carpeta, no un archivo de artículo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+19"/>
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
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+275"/>
        <source>HEADLINE</source>
        <translation>TITULAR</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+211"/>
        <location line="+38"/>
        <source>give exactly one article (id, uuid or uri).</source>
        <translation>indique exactamente un artículo (ID, UUID o URI).</translation>
    </message>
    <message>
        <location line="-232"/>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>give article ids or --all, not both.</source>
        <translation>indique ID de artículos o --all, no ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the articles to export, or give --all.</source>
        <translation>indique los artículos que exportar o use --all.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format %1 is not supported yet; the supported format is ninjs.</source>
        <translation>--format %1 aún no se admite; el formato admitido es ninjs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format: unknown format &apos;%1&apos;; the supported format is ninjs.</source>
        <translation>--format: formato desconocido «%1»; el formato admitido es ninjs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--out DIR is required: the folder to write the files to.</source>
        <translation>se requiere --out CARPETA: la carpeta donde se escriben los archivos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out %1: is a file, not a folder.</source>
        <translation>--out %1: es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--out %1: cannot create the folder.</source>
        <translation>--out %1: no se puede crear la carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out %1: the folder is not writable.</source>
        <translation>--out %1: no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exported %1 %2</source>
        <translation>exportado %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
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
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+222"/>
        <source>%1: PostgreSQL databases are not supported by this version of Copydesk yet.</source>
        <translation>%1: esta versión de Copydesk aún no admite bases de datos PostgreSQL.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: was written by a newer Copydesk (schema version %2; this version understands up to %3). Update Copydesk to open it; the file was not changed.</source>
        <translation>%1: lo escribió una versión más reciente de Copydesk (versión de esquema %2; esta versión entiende hasta la %3). Actualice Copydesk para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: is damaged or not a database: %2</source>
        <translation>%1: está dañado o no es una base de datos: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: is an SQLite database but not a Copydesk database (it has no copydesk_meta table); it was left untouched.</source>
        <translation>%1: es una base de datos SQLite, pero no de Copydesk (no tiene la tabla copydesk_meta); no se ha tocado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: no se puede leer la versión del esquema: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: is not a Copydesk database (its copydesk_meta table does not identify it); it was left untouched.</source>
        <translation>%1: no es una base de datos de Copydesk (su tabla copydesk_meta no la identifica); no se ha tocado.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>switching to write-ahead logging</source>
        <translation>cambiando al registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+18"/>
        <source>starting a transaction</source>
        <translation>iniciando una transacción</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>commit without a transaction</source>
        <translation>confirmación sin transacción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the transaction was rolled back</source>
        <translation>la transacción se revirtió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>committing</source>
        <translation>confirmando</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: falló %2: %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>nothing to commit</source>
        <translation>nada que confirmar</translation>
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
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent Databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Copydesk</source>
        <translation>&amp;Acerca de Copydesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/widgets/MainWindow.cpp" line="+38"/>
        <source>Copydesk databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de Copydesk (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+257"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Search Articles</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not list the articles: %1</source>
        <translation>No se pudieron listar los artículos: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+65"/>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Copydesk could not open %1.

%2</source>
        <translation>Copydesk no pudo abrir %1.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+36"/>
        <source>No articles match the search.</source>
        <translation>Ningún artículo coincide con la búsqueda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no articles yet.</source>
        <translation>Esta base de datos aún no tiene artículos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select an article to read it.</source>
        <translation>Seleccione un artículo para leerlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Could not load the article: %1</source>
        <translation>No se pudo cargar el artículo: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Article count unavailable</source>
        <translation>Número de artículos no disponible</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+6"/>
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
    <name>NinjsCodec</name>
    <message>
        <location filename="../app/core/NinjsCodec.cpp" line="+347"/>
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
        <location line="+159"/>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a ninjs object, got %1</source>
        <translation>se esperaba un objeto ninjs y se obtuvo %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected &quot;ninjs&quot;, got &quot;%1&quot;</source>
        <translation>se esperaba «ninjs» y se obtuvo «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+164"/>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>«%1» no es un URI absoluto</translation>
    </message>
    <message>
        <location line="-151"/>
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
        <location line="+37"/>
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
        <location line="+14"/>
        <source>a second summary</source>
        <translation>un segundo resumen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a second main body</source>
        <translation>un segundo cuerpo principal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unsupported content type &quot;%1&quot; (expected text/html or text/plain)</source>
        <translation>tipo de contenido no admitido «%1» (se esperaba text/html o text/plain)</translation>
    </message>
    <message>
        <location line="+63"/>
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
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+21"/>
        <source>the %1 field is given twice (first on line %2)</source>
        <translation>el campo %1 aparece dos veces (la primera en la línea %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the %1 field is empty</source>
        <translation>el campo %1 está vacío</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47, such as en-US or fr)</source>
        <translation>«%1» no es una etiqueta de idioma (BCP 47, como en-US o fr)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the source marker names no source</source>
        <translation>la marca de fuente no nombra ninguna fuente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the source marker has no paragraph text before it; put it at the end of the paragraph it attributes</source>
        <translation>la marca de fuente no tiene texto de párrafo delante; póngala al final del párrafo que atribuye</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/bench/Report.cpp" line="+161"/>
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
        <location line="+0"/>
        <source>sqlite3</source>
        <translation>sqlite3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ratio</source>
        <translation>proporción</translation>
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
        <location line="+38"/>
        <source>median/rate: median wall time per operation, or articles per second over the whole run. PASS* = the median meets the target, the p95 does not.
sqlite3: the same statements run by the sqlite3 shell on the same file (mean per operation, process start-up subtracted); ratio = Copydesk mean time / sqlite3 mean time (for rates: time per article).
</source>
        <translation>mediana/tasa: mediana del tiempo real por operación, o artículos por segundo en toda la ejecución. OK* = la mediana cumple el objetivo y el p95 no.
sqlite3: las mismas sentencias ejecutadas por el shell de sqlite3 sobre el mismo archivo (media por operación, sin el arranque del proceso); proporción = tiempo medio de Copydesk / tiempo medio de sqlite3 (para tasas: tiempo por artículo).
</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
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
    <name>SqliteShell</name>
    <message>
        <location filename="../app/bench/SqliteShell.cpp" line="+43"/>
        <source>%1 cannot be run (%2); the sqlite3 column stays empty.</source>
        <translation>no se puede ejecutar %1 (%2); la columna sqlite3 queda vacía.</translation>
    </message>
    <message>
        <location line="+29"/>
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+79"/>
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
        <source>Open the database at PATH (default: %1).</source>
        <translation>Abrir la base de datos en RUTA (predeterminada: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
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
