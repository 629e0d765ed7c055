<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ArticleCommands</name>
    <message>
        <location filename="../app/models/ArticleCommands.cpp" line="+10"/>
        <source>Edit headline</source>
        <translation>Изменить заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit summary</source>
        <translation>Изменить краткое содержание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit byline</source>
        <translation>Изменить автора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit section</source>
        <translation>Изменить рубрику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change language</source>
        <translation>Изменить язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit slug</source>
        <translation>Изменить слаг</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit text</source>
        <translation>Изменить текст</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../app/models/ArticleDocument.cpp" line="+395"/>
        <source>Move paragraph</source>
        <translation>Переместить абзац</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../app/models/ArticleListModel.cpp" line="+103"/>
        <source>No paragraphs yet</source>
        <translation>Абзацев пока нет</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n paragraph(s) cite a source</source>
        <translation>
            <numerusform>Источник указан в %1 из %n абзаца</numerusform>
            <numerusform>Источник указан в %1 из %n абзацев</numerusform>
            <numerusform>Источник указан в %1 из %n абзацев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byline</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribution</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <location filename="../app/core/Article.cpp" line="+66"/>
        <source>In review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <location filename="../app/storage/ArticleStore.cpp" line="+269"/>
        <source>The article has not been stored yet.</source>
        <translation>Статья ещё не сохранена.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Article %1 was changed by someone else: you edited version %2, the database has version %3. Nothing was saved.</source>
        <translation>Статью %1 изменил кто-то другой: вы редактировали версию %2, а в базе данных версия %3. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>storing article “%1”</source>
        <translation>сохранение статьи «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An article with the uri %1 or uuid %2 already exists.</source>
        <translation>Статья с URI %1 или UUID %2 уже существует.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>saving article %1</source>
        <translation>сохранение статьи %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article %1 was changed by someone else while saving; nothing was saved.</source>
        <translation>Статью %1 изменил кто-то другой во время сохранения; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading paragraphs</source>
        <translation>чтение абзацев</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removing a paragraph</source>
        <translation>удаление абзаца</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>storing paragraph %1</source>
        <translation>сохранение абзаца %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 has the uuid %2 that another paragraph already uses.</source>
        <translation>У абзаца %1 UUID %2, который уже использует другой абзац.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>saving paragraph %1</source>
        <translation>сохранение абзаца %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saving attributions</source>
        <translation>сохранение указаний источников</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>storing the attributions of paragraph %1</source>
        <translation>сохранение указаний источников абзаца %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving meta titles</source>
        <translation>сохранение мета-заголовков</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>saving meta title %1</source>
        <translation>сохранение мета-заголовка %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>updating the search index</source>
        <translation>обновление поискового индекса</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recording revision %1</source>
        <translation>запись редакции %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An attribution in “%1” has no source name.</source>
        <translation>В одном из указаний источника в «%1» нет названия источника.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>deleting article %1</source>
        <translation>удаление статьи %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+257"/>
        <source>There is no article %1.</source>
        <translation>Статьи %1 нет.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>loading article %1</source>
        <translation>загрузка статьи %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>loading paragraphs</source>
        <translation>загрузка абзацев</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>loading attributions</source>
        <translation>загрузка указаний источников</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>loading meta titles</source>
        <translation>загрузка мета-заголовков</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>loading linked articles</source>
        <translation>загрузка связанных статей</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>looking up article %1</source>
        <translation>поиск статьи %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no article “%1” (expected an id, a uuid or a uri).</source>
        <translation>Статьи «%1» нет (ожидается ID, UUID или URI).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>listing articles</source>
        <translation>получение списка статей</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>counting articles</source>
        <translation>подсчёт статей</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the links of article %1</source>
        <translation>чтение связей статьи %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>linking article %1</source>
        <translation>связывание статьи %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Article %1 cannot be linked to itself.</source>
        <translation>Статью %1 нельзя связать с ней самой.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checking the series for a loop</source>
        <translation>проверка серии на цикл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linking article %1 before article %2 would make the series loop: %2 already leads to %1.</source>
        <translation>Если поставить статью %1 перед статьёй %2, серия замкнётся в цикл: %2 уже ведёт к %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>reading the series of article %1</source>
        <translation>чтение серии статьи %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reading the history of article %1</source>
        <translation>чтение истории статьи %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading revision %1</source>
        <translation>чтение редакции %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revision %1 of article %2 is damaged: %3</source>
        <translation>Редакция %1 статьи %2 повреждена: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article %1 has no version %2.</source>
        <translation>У статьи %1 нет версии %2.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: the uri %2 appears twice in this import.</source>
        <translation>%1: URI %2 встречается в этом импорте дважды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+56"/>
        <source>looking up %1</source>
        <translation>поиск %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1: the database already has version %2 of %3; this file is version %4 with different content. Nothing was imported.</source>
        <translation>%1: в базе данных уже есть версия %2 статьи %3; этот файл — версия %4 с другим содержимым. Ничего не импортировано.</translation>
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
        <translation>%1: %2 статьи %3 нет ни в этом импорте, ни в базе данных; эта связь не создана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous</source>
        <translation>предыдущей</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next</source>
        <translation>следующей</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reading the source registry</source>
        <translation>чтение реестра источников</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+80"/>
        <source>looking up source %1</source>
        <translation>поиск источника %1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>A source needs a name.</source>
        <translation>У источника должно быть название.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>saving source %1</source>
        <translation>сохранение источника %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source named “%1” already exists.</source>
        <translation>Источник «%1» уже существует.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+18"/>
        <location line="+16"/>
        <source>There is no source %1.</source>
        <translation>Источника %1 нет.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>counting citations</source>
        <translation>подсчёт ссылок на источники</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>merging sources</source>
        <translation>объединение источников</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The source is cited by %n paragraph(s); merge it into another source instead.</source>
        <translation>
            <numerusform>На источник ссылается %n абзац; вместо удаления объедините его с другим источником.</numerusform>
            <numerusform>На источник ссылаются %n абзаца; вместо удаления объедините его с другим источником.</numerusform>
            <numerusform>На источник ссылаются %n абзацев; вместо удаления объедините его с другим источником.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleting source %1</source>
        <translation>удаление источника %1</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../app/widgets/ArticleView.cpp" line="+29"/>
        <source>verified</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disputed</source>
        <translation>оспорено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not checked yet</source>
        <translation>ещё не проверено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No source: this paragraph is unattributed</source>
        <translation>Нет источника: у этого абзаца не указан источник</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Untitled article #%1</source>
        <translation>Статья без заголовка №%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Untitled article</source>
        <translation>Статья без заголовка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section: %1</source>
        <translation>Рубрика: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No summary yet.</source>
        <translation>Краткого содержания пока нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No time to read? Get a summary</source>
        <translation>Нет времени читать? Вот краткое содержание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This article has no paragraphs yet.</source>
        <translation>В этой статье пока нет абзацев.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meta titles</source>
        <translation>Мета-заголовки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meta-title variants yet.</source>
        <translation>Вариантов мета-заголовка пока нет.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen</source>
        <translation>выбран</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← Previous:</source>
        <translation>← Предыдущая:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No previous article</source>
        <translation>Предыдущей статьи нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ Next:</source>
        <translation>→ Следующая:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No next article</source>
        <translation>Следующей статьи нет</translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <location filename="../app/bench/BenchRunner.cpp" line="+324"/>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+365"/>
        <source>opening %1</source>
        <translation>открытие %1</translation>
    </message>
    <message>
        <location line="-352"/>
        <source>Total run time of the benchmark: %1 s; 1-minute load average %2 at the start, %3 at the end (on %4 cores).</source>
        <translation>Общее время прогона теста: %1 с; средняя нагрузка за 1 минуту — %2 в начале, %3 в конце (ядер: %4).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Environment: %1 articles, SQLite library %2, sqlite3 shell %3, Qt %4, %5 × %6, %7; database file %8 MB.</source>
        <translation>Окружение: статей — %1, библиотека SQLite %2, оболочка sqlite3 %3, Qt %4, %5 × %6, %7; файл базы данных %8 МБ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown CPU</source>
        <translation>неизвестный процессор</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reusing the library of %1 articles in %2 (the import is not measured).</source>
        <translation>Повторно используется библиотека из %1 статей в %2 (импорт не измеряется).</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+200"/>
        <source>creating %1</source>
        <translation>создание %1</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>The query word “%1” is not in the generator&apos;s vocabulary.</source>
        <translation>Слова запроса «%1» нет в словаре генератора.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating and importing %1 articles in batches of %2 into %3…</source>
        <translation>Создание и импорт %1 статей пакетами по %2 в %3…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>importing</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+3"/>
        <source>linking</source>
        <translation>связывание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1 articles imported (%2 articles/s so far)</source>
        <translation>  импортировано статей: %1 (пока %2 статей/с)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generating the %1 synthetic articles took %2 s (not included in any figure).</source>
        <translation>Создание %1 синтетических статей заняло %2 с (не входит ни в один показатель).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>import %1 articles (importArticles, %2 per call)</source>
        <translation>импорт %1 статей (importArticles, по %2 за вызов)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>first tenth %1 /s, last tenth %2 /s; %3 ms per call of %4</source>
        <translation>первая десятая часть %1 /с, последняя %2 /с; %3 мс на вызов по %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import, first %1 articles (empty file)</source>
        <translation>импорт, первые %1 статей (пустой файл)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlite3: the same rows as plain INSERTs with ids chosen up front, one transaction per %1 articles</source>
        <translation>sqlite3: те же строки простыми INSERT с заранее выбранными ID, одна транзакция на %1 статей</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>link(prev, next) during import (every 10th article)</source>
        <translation>link(prev, next) во время импорта (каждая 10-я статья)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sqlite3 shell: inserting the first %1 articles as plain SQL…</source>
        <translation>оболочка sqlite3: вставка первых %1 статей простым SQL…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sqlite3 import comparison skipped: %1</source>
        <translation>сравнение импорта с sqlite3 пропущено: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>sqlite3 import comparison failed: %1</source>
        <translation>сравнение импорта с sqlite3 не удалось: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>create(): %1 articles into a fresh file, begin/commit around every %2…</source>
        <translation>create(): %1 статей в новый файл, begin/commit вокруг каждых %2…</translation>
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
        <translation>create() %1 статей (begin/commit на каждые %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the %1-article file…</source>
        <translation>Открытие файла с %1 статьями…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>open (new Database object, same process)</source>
        <translation>открытие (новый объект Database, тот же процесс)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The open probe failed: %1</source>
        <translation>Проверка открытия не удалась: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open (new process, incl. loading the driver)</source>
        <translation>открытие (новый процесс, включая загрузку драйвера)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sqlite3: a shell opening the file and running Copydesk&apos;s PRAGMAs and schema checks, minus a shell on :memory:</source>
        <translation>sqlite3: оболочка открывает файл и выполняет PRAGMA и проверки схемы Copydesk, за вычетом оболочки на :memory:</translation>
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
        <translation>list вернул неверное число строк</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list --limit 50 (newest first)</source>
        <translation>list --limit 50 (сначала новые)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>search top 50: common word “%1”</source>
        <translation>поиск, первые 50: частое слово «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search top 50: rare proper noun “%1”</source>
        <translation>поиск, первые 50: редкое имя собственное «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search top 50: two words “%1”</source>
        <translation>поиск, первые 50: два слова «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search “%1”…</source>
        <translation>поиск «%1»…</translation>
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
        <translation>поиск «%1» вернул неверное число строк</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 matching articles (FTS expression %2)</source>
        <translation>подходящих статей: %1 (выражение FTS %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>load: 1,000 random articles…</source>
        <translation>load: 1000 случайных статей…</translation>
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
        <translation>загрузка одной статьи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sqlite3: the 4-5 SELECTs ArticleStore::load runs, for the same ids</source>
        <translation>sqlite3: те 4–5 SELECT, которые выполняет ArticleStore::load, для тех же ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>save: one edited paragraph, 500 random articles…</source>
        <translation>save: один изменённый абзац, 500 случайных статей…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>save one edited paragraph (save())</source>
        <translation>сохранение одного изменённого абзаца (save())</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sqlite3: the same reads, revision insert, article/paragraph/search-text updates in one transaction, 200 other articles</source>
        <translation>sqlite3: те же чтения, вставка редакции, обновления статьи, абзаца и текста для поиска в одной транзакции, 200 других статей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edit cycle (load + edit + save)</source>
        <translation>цикл правки (загрузка + правка + сохранение)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export ninjs: %1 articles in memory…</source>
        <translation>экспорт ninjs: %1 статей в памяти…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NinjsCodec::toBytes returned nothing for article %1</source>
        <translation>NinjsCodec::toBytes ничего не вернул для статьи %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>export ninjs, %1 articles (load + toBytes)</source>
        <translation>экспорт ninjs, %1 статей (load + toBytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per article: load %1 µs + NinjsCodec::toBytes %2 µs; %3 KB of JSON on average</source>
        <translation>на статью: load %1 мкс + NinjsCodec::toBytes %2 мкс; в среднем %3 КБ JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export ninjs: %1 articles to files…</source>
        <translation>экспорт ninjs: %1 статей в файлы…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export ninjs, %1 articles to files (+ QSaveFile)</source>
        <translation>экспорт ninjs, %1 статей в файлы (+ QSaveFile)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writing one file with QSaveFile: %1 µs per article</source>
        <translation>запись одного файла через QSaveFile: %1 мкс на статью</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+139"/>
        <source>The database: a Copydesk SQLite file. Default: $COPYDESK_DB, else the file the Copydesk application uses.</source>
        <translation>База данных: файл SQLite Copydesk. По умолчанию: $COPYDESK_DB, иначе файл, который использует приложение Copydesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows this help.</source>
        <translation>Показывает эту справку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows the version of copydesk-cli.</source>
        <translation>Показывает версию copydesk-cli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prints JSON instead of a table.</source>
        <translation>Выводит JSON вместо таблицы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only articles with this status: draft, review, approved or published.</source>
        <translation>Только статьи с этим статусом: draft, review, approved или published.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+463"/>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <location line="-456"/>
        <source>Only articles whose headline, summary, body or meta titles contain these words.</source>
        <translation>Только статьи, в заголовке, кратком содержании, тексте или мета-заголовках которых есть эти слова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most N articles, most recently updated first.</source>
        <translation>Не более N статей, сначала недавно обновлённые.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exports every article.</source>
        <translation>Экспортирует все статьи.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The export format. Supported: ninjs (IPTC ninjs 3.1 JSON), the default.</source>
        <translation>Формат экспорта. Поддерживается: ninjs (IPTC ninjs 3.1 JSON), по умолчанию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder to write the files to; created when missing. Each article becomes &lt;slug or uuid&gt;-v&lt;version&gt;.ninjs.json.</source>
        <translation>Папка для файлов; создаётся, если её нет. Каждая статья записывается в &lt;slug или uuid&gt;-v&lt;версия&gt;.ninjs.json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the link to the previous article.</source>
        <translation>Удаляет связь с предыдущей статьёй.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the link to the next article.</source>
        <translation>Удаляет связь со следующей статьёй.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+148"/>
        <source>FILE...</source>
        <translation>ФАЙЛ...</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Imports .txt and ninjs .json files; all of them or none.</source>
        <translation>Импортирует файлы .txt и ninjs .json: все или ни одного.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[--status S] [--search Q] [--limit N] [--json]</source>
        <translation>[--status S] [--search Q] [--limit N] [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists articles, most recently updated first.</source>
        <translation>Выводит список статей, сначала недавно обновлённые.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows one article with its paragraphs, sources, meta titles and links.</source>
        <translation>Показывает одну статью с абзацами, источниками, мета-заголовками и связями.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID...|--all --format ninjs --out DIR</source>
        <translation>ID...|--all --format ninjs --out ПАПКА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes articles as files for the publishing system.</source>
        <translation>Записывает статьи в файлы для издательской системы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PREV NEXT</source>
        <translation>ПРЕД СЛЕД</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Makes NEXT the article that follows PREV.</source>
        <translation>Делает СЛЕД статьёй, которая идёт после ПРЕД.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID --prev|--next</source>
        <translation>ID --prev|--next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the link to the previous or the next article.</source>
        <translation>Удаляет связь с предыдущей или следующей статьёй.</translation>
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
        <translation>Выводит сохранённые версии статьи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID VERSION</source>
        <translation>ID ВЕРСИЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes an earlier version current again, as a new version.</source>
        <translation>Делает более раннюю версию снова текущей — как новую версию.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imports, lists, shows, links and exports the articles of a Copydesk database.</source>
        <translation>Импортирует, выводит, показывает, связывает и экспортирует статьи базы данных Copydesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the commands listed below.</source>
        <translation>Одна из перечисленных ниже команд.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command&apos;s arguments and options.</source>
        <translation>Аргументы и параметры команды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[options]</source>
        <translation>[параметры]</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+45"/>
        <source>--db needs the path of a database file.</source>
        <translation>Для --db нужен путь к файлу базы данных.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>no command given; run &apos;%1 --help&apos; to list the commands.</source>
        <translation>команда не указана; запустите «%1 --help», чтобы увидеть список команд.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>unknown command &apos;%1&apos;; run &apos;%2 --help&apos; to list the commands.</source>
        <translation>неизвестная команда «%1»; запустите «%2 --help», чтобы увидеть список команд.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+21"/>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of one command.</source>
        <translation>Запустите «%1 КОМАНДА --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit status: 0 success; 1 conflict (someone saved first); 2 bad input or usage (nothing was written); 3 database unavailable or damaged.</source>
        <translation>Код выхода: 0 — успех; 1 — конфликт (кто-то сохранил раньше); 2 — неверные входные данные или вызов (ничего не записано); 3 — база данных недоступна или повреждена.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Article files: .txt (the plain-text format) or .json (ninjs). Other names are read as ninjs when they start with &apos;{&apos;, else as plain text. Articles whose uri is already in the database update it; links between the files resolve in any order.</source>
        <translation>Файлы статей: .txt (текстовый формат) или .json (ninjs). Файлы с другими именами читаются как ninjs, если начинаются с «{», иначе как простой текст. Статьи, URI которых уже есть в базе данных, обновляют её статью; связи между файлами разрешаются в любом порядке.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+19"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>The article: its id, uuid or uri.</source>
        <translation>Статья: её ID, UUID или URI.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The articles: ids, uuids or uris.</source>
        <translation>Статьи: ID, UUID или URI.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID...</source>
        <translation>ID...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The earlier article (id, uuid or uri).</source>
        <translation>Предыдущая статья (ID, UUID или URI).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PREV</source>
        <translation>ПРЕД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article that follows it.</source>
        <translation>Статья, которая идёт после неё.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT</source>
        <translation>СЛЕД</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version to bring back (see history).</source>
        <translation>Версия, которую нужно вернуть (см. history).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+490"/>
        <source>VERSION</source>
        <translation>ВЕРСИЯ</translation>
    </message>
    <message>
        <location line="-480"/>
        <source>no such file.</source>
        <translation>нет такого файла.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not an article file.</source>
        <translation>это папка, а не файл статьи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty; there is no article to import.</source>
        <translation>файл пуст; импортировать нечего.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a valid article file.</source>
        <translation>это не допустимый файл статьи.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot open the database.</source>
        <translation>%1: не удаётся открыть базу данных.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no article &apos;%1&apos; in %2 (give its id, uuid or uri).</source>
        <translation>в %2 нет статьи «%1» (укажите её ID, UUID или URI).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no article with id %1.</source>
        <translation>нет статьи с ID %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>run &apos;%1 %2 --help&apos; for its usage.</source>
        <translation>запустите «%1 %2 --help», чтобы узнать, как её использовать.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the database refused the operation.</source>
        <translation>база данных отклонила операцию.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>name at least one file to import.</source>
        <translation>укажите хотя бы один файл для импорта.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing was imported; correct the files above and import them again.</source>
        <translation>ничего не импортировано; исправьте указанные выше файлы и импортируйте их снова.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing was imported.</source>
        <translation>ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported %1 %2 %3</source>
        <translation>импортировано %1 %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imported %1</source>
        <translation>импортировано %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--status: &apos;%1&apos; is not a status; use draft, review, approved or published.</source>
        <translation>--status: «%1» — не статус; используйте draft, review, approved или published.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--limit: &apos;%1&apos; is not a positive whole number.</source>
        <translation>--limit: «%1» — не целое положительное число.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No articles.</source>
        <translation>Статей нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UPDATED</source>
        <translation>ОБНОВЛЕНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BYLINE</source>
        <translation>АВТОР</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+275"/>
        <source>HEADLINE</source>
        <translation>ЗАГОЛОВОК</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+211"/>
        <location line="+38"/>
        <source>give exactly one article (id, uuid or uri).</source>
        <translation>укажите ровно одну статью (ID, UUID или URI).</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>(none)</source>
        <translation>(нет)</translation>
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
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Слаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Предыдущая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Следующая</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paragraphs (%1):</source>
        <translation>Абзацы (%1):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— sources: none (unattributed)</source>
        <translation>— источники: нет (источник не указан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— sources: %1</source>
        <translation>— источники: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meta titles (%1):</source>
        <translation>Мета-заголовки (%1):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(chosen)</source>
        <translation>(выбран)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes: %1</source>
        <translation>заметки: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give article ids or --all, not both.</source>
        <translation>укажите ID статей или --all, но не то и другое.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the articles to export, or give --all.</source>
        <translation>укажите статьи для экспорта или --all.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format %1 is not supported yet; the supported format is ninjs.</source>
        <translation>--format %1 пока не поддерживается; поддерживаемый формат — ninjs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format: unknown format &apos;%1&apos;; the supported format is ninjs.</source>
        <translation>--format: неизвестный формат «%1»; поддерживаемый формат — ninjs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--out DIR is required: the folder to write the files to.</source>
        <translation>требуется --out ПАПКА: папка, в которую записываются файлы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out %1: is a file, not a folder.</source>
        <translation>--out %1: это файл, а не папка.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--out %1: cannot create the folder.</source>
        <translation>--out %1: не удаётся создать папку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out %1: the folder is not writable.</source>
        <translation>--out %1: в папку нельзя записывать.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exported %1 %2</source>
        <translation>экспортировано %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give two articles: PREV and the NEXT one that follows it.</source>
        <translation>укажите две статьи: ПРЕД и СЛЕД, которая идёт после неё.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>linked %1 &quot;%2&quot; -&gt; %3 &quot;%4&quot;</source>
        <translation>связано: %1 «%2» -&gt; %3 «%4»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give either --prev or --next.</source>
        <translation>укажите --prev или --next.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no previous article; nothing to unlink.</source>
        <translation>у %1 нет предыдущей статьи; удалять нечего.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no next article; nothing to unlink.</source>
        <translation>у %1 нет следующей статьи; удалять нечего.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unlinked %1 &quot;%2&quot; from %3 &quot;%4&quot;</source>
        <translation>связь удалена: %1 «%2» и %3 «%4»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SAVED</source>
        <translation>СОХРАНЕНО</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>* the current version</source>
        <translation>* текущая версия</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the article and the version to restore.</source>
        <translation>укажите статью и версию для восстановления.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VERSION: &apos;%1&apos; is not a version number (see history).</source>
        <translation>ВЕРСИЯ: «%1» — не номер версии (см. history).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restored %1 to the content of version %2; it is now version %3</source>
        <translation>%1 восстановлена до содержимого версии %2; теперь это версия %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+222"/>
        <source>%1: PostgreSQL databases are not supported by this version of Copydesk yet.</source>
        <translation>%1: эта версия Copydesk пока не поддерживает базы данных PostgreSQL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: is a folder, not a database file.</source>
        <translation>%1: это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: permission denied (cannot read the file).</source>
        <translation>%1: доступ запрещён (не удаётся прочитать файл).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot create the folder %2.</source>
        <translation>%1: не удаётся создать папку %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не удаётся прочитать файл: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is not a Copydesk database (not an SQLite file).</source>
        <translation>%1: это не база данных Copydesk (не файл SQLite).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не установлен.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: не удаётся открыть: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: was written by a newer Copydesk (schema version %2; this version understands up to %3). Update Copydesk to open it; the file was not changed.</source>
        <translation>%1: файл записан более новой версией Copydesk (версия схемы %2; эта версия понимает до %3). Обновите Copydesk, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: is damaged or not a database: %2</source>
        <translation>%1: файл повреждён или не является базой данных: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: is an SQLite database but not a Copydesk database (it has no copydesk_meta table); it was left untouched.</source>
        <translation>%1: это база данных SQLite, но не Copydesk (в ней нет таблицы copydesk_meta); она оставлена без изменений.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: не удаётся прочитать версию схемы: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: is not a Copydesk database (its copydesk_meta table does not identify it); it was left untouched.</source>
        <translation>%1: это не база данных Copydesk (её таблица copydesk_meta не опознаёт её); она оставлена без изменений.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>switching to write-ahead logging</source>
        <translation>переключение на журнал упреждающей записи (WAL)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>creating the schema</source>
        <translation>создание схемы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>migrating to schema version %1</source>
        <translation>переход на версию схемы %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recording the schema version</source>
        <translation>запись версии схемы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>starting a transaction</source>
        <translation>начало транзакции</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>commit without a transaction</source>
        <translation>фиксация без транзакции</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the transaction was rolled back</source>
        <translation>транзакция была откатена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>committing</source>
        <translation>фиксация</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: ошибка на этапе «%2»: %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>nothing to commit</source>
        <translation>нечего фиксировать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+54"/>
        <source>Search headlines, summaries, paragraphs and meta titles</source>
        <translation>Поиск по заголовкам, кратким содержаниям, абзацам и мета-заголовкам</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search articles…</source>
        <translation>Поиск статей…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only articles with this status</source>
        <translation>Показывать только статьи с этим статусом</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent Databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create an empty newsroom database file</source>
        <translation>Создать пустой файл базы данных редакции</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an existing newsroom database file</source>
        <translation>Открыть существующий файл базы данных редакции</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Copydesk</source>
        <translation>&amp;О программе Copydesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/widgets/MainWindow.cpp" line="+38"/>
        <source>Copydesk databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных Copydesk (*.sqlite *.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+257"/>
        <source>No database is open.</source>
        <translation>Ни одна база данных не открыта.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Search Articles</source>
        <translation>Поиск статей</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not list the articles: %1</source>
        <translation>Не удалось получить список статей: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+65"/>
        <source>Cannot Open Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Copydesk could not open %1.

%2</source>
        <translation>Copydesk не удалось открыть %1.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>%1 уже существует. Выберите другое имя или откройте файл через Файл › Открыть базу данных.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 no longer exists. It was removed from the list.</source>
        <translation>%1 больше не существует. Файл удалён из списка.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No articles match the search.</source>
        <translation>Нет статей, соответствующих поиску.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no articles yet.</source>
        <translation>В этой базе данных пока нет статей.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select an article to read it.</source>
        <translation>Выберите статью, чтобы прочитать её.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Could not load the article: %1</source>
        <translation>Не удалось загрузить статью: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No database</source>
        <translation>Нет базы данных</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Article count unavailable</source>
        <translation>Число статей недоступно</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 из %n статьи</numerusform>
            <numerusform>%1 из %n статей</numerusform>
            <numerusform>%1 из %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Copydesk</source>
        <translation>О программе Copydesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;A newsroom editor that keeps every paragraph&apos;s sources in view, from the first draft to the published story.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Редактор для редакций, в котором источники каждого абзаца всегда на виду — от первого черновика до опубликованного материала.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2.&lt;/p&gt;</translation>
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
        <translation>логическое значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>expected %1, got %2</source>
        <translation>ожидалось: %1, получено: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing (required)</source>
        <translation>отсутствует (обязательно)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time such as 2026-10-02T06:15:00Z</source>
        <translation>«%1» — не дата и время в формате ISO 8601, например 2026-10-02T06:15:00Z</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>invalid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a ninjs object, got %1</source>
        <translation>ожидался объект ninjs, получено: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected &quot;ninjs&quot;, got &quot;%1&quot;</source>
        <translation>ожидалось «ninjs», получено «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+164"/>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>«%1» — не абсолютный URI</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>only text items can be imported, got &quot;%1&quot;</source>
        <translation>импортировать можно только текстовые материалы, получено «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47, such as en-US or fr)</source>
        <translation>«%1» — не языковой тег (BCP 47, например en-US или fr)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected &quot;usable&quot;, &quot;withheld&quot; or &quot;canceled&quot;, got &quot;%1&quot;</source>
        <translation>ожидалось «usable», «withheld» или «canceled», получено «%1»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a second main headline</source>
        <translation>второй основной заголовок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the main headline is empty</source>
        <translation>основной заголовок пуст</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no main headline (role &quot;main&quot;)</source>
        <translation>нет основного заголовка (role «main»)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a second summary</source>
        <translation>второе краткое содержание</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a second main body</source>
        <translation>второй основной текст</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unsupported content type &quot;%1&quot; (expected text/html or text/plain)</source>
        <translation>неподдерживаемый тип содержимого «%1» (ожидался text/html или text/plain)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the article links to itself as its %1 article</source>
        <translation>статья ссылается на саму себя как на статью «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second &quot;%1&quot; association</source>
        <translation>вторая связь «%1»</translation>
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
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>недопустимый UTF-8 (байт 0x%1); сохраните файл в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>NUL byte in the text; is this a binary file?</source>
        <translation>байт NUL в тексте; это двоичный файл?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file contains only whitespace</source>
        <translation>файл содержит только пробельные символы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no headline: the first paragraph must be the headline, not the %1 field</source>
        <translation>нет заголовка: первым абзацем должен быть заголовок, а не поле %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 field is given twice (first on line %2)</source>
        <translation>поле %1 указано дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the %1 field is empty</source>
        <translation>поле %1 пустое</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47, such as en-US or fr)</source>
        <translation>«%1» — не языковой тег (BCP 47, например en-US или fr)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the source marker names no source</source>
        <translation>в пометке об источнике не назван источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the source marker has no paragraph text before it; put it at the end of the paragraph it attributes</source>
        <translation>перед пометкой об источнике нет текста абзаца; поставьте её в конец абзаца, к которому она относится</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/bench/Report.cpp" line="+161"/>
        <source>Benchmark</source>
        <translation>Тест</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median/rate</source>
        <translation>медиана/скорость</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target</source>
        <translation>цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sqlite3</source>
        <translation>sqlite3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ratio</source>
        <translation>отношение</translation>
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
        <translation>НЕ ДОСТИГНУТО</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>median/rate: median wall time per operation, or articles per second over the whole run. PASS* = the median meets the target, the p95 does not.
sqlite3: the same statements run by the sqlite3 shell on the same file (mean per operation, process start-up subtracted); ratio = Copydesk mean time / sqlite3 mean time (for rates: time per article).
</source>
        <translation>медиана/скорость: медиана времени на операцию или число статей в секунду за весь прогон. OK* = медиана укладывается в цель, p95 — нет.
sqlite3: те же запросы, выполненные оболочкой sqlite3 на том же файле (среднее на операцию, без запуска процесса); отношение = среднее время Copydesk / среднее время sqlite3 (для скоростей — время на статью).
</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../app/core/Source.cpp" line="+14"/>
        <source>Official</source>
        <translation>Официальный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wire service</source>
        <translation>Информагентство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Анонимный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
</context>
<context>
    <name>SqliteShell</name>
    <message>
        <location filename="../app/bench/SqliteShell.cpp" line="+43"/>
        <source>%1 cannot be run (%2); the sqlite3 column stays empty.</source>
        <translation>не удаётся запустить %1 (%2); столбец sqlite3 останется пустым.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 failed on %2: %3</source>
        <translation>%1: ошибка на %2: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+79"/>
        <source>Cannot Open Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copydesk could not open %1.

%2</source>
        <translation>Copydesk не удалось открыть %1.

%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Newsroom editor with source attributions.</source>
        <translation>Редактор для редакций с указанием источников.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the database at PATH (default: %1).</source>
        <translation>Открыть базу данных по ПУТИ (по умолчанию: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument: %1</source>
        <translation>неожиданный аргумент: %1</translation>
    </message>
</context>
</TS>
