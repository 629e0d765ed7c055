<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AnonymousSourceRule</name>
    <message>
        <location filename="../app/core/review/AnonymousSourceRule.cpp" line="+30"/>
        <source>Paragraph %1 cites the anonymous source “%2”, approved by %3: “%4”.</source>
        <translation>Абзац %1 ссылается на анонимный источник «%2»; анонимность одобрена пользователем %3: «%4».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paragraph %1 cites the anonymous source “%2”; record why it is anonymous and who approved that.</source>
        <translation>Абзац %1 ссылается на анонимный источник «%2»; укажите, почему он анонимен и кто это одобрил.</translation>
    </message>
</context>
<context>
    <name>ArticleAttributionModel</name>
    <message>
        <location filename="../app/models/ArticleAttributionModel.cpp" line="+30"/>
        <source>Verified</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Оспорено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unchecked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No source</source>
        <translation>Нет источника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unattributed</source>
        <translation>Источник не указан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paragraph %1: %2…</source>
        <translation>Абзац %1: %2…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Уточнение</translation>
    </message>
</context>
<context>
    <name>ArticleCommands</name>
    <message>
        <location filename="../app/models/ArticleCommands.cpp" line="+10"/>
        <source>Edit headline</source>
        <translation>изменение заголовка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit summary</source>
        <translation>изменение краткого содержания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit byline</source>
        <translation>изменение подписи автора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit section</source>
        <translation>изменение рубрики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change language</source>
        <translation>изменение языка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit slug</source>
        <translation>изменение слага</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit text</source>
        <translation>изменение текста</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../app/models/ArticleDocument.cpp" line="+426"/>
        <source>Move paragraph</source>
        <translation>перемещение абзаца</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Paste</source>
        <translation>вставку</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../ui/ArticleEditor.ui" line="+17"/>
        <source>Read-only notice</source>
        <translation>Уведомление: только для чтения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spell checking notice</source>
        <translation>Уведомление о проверке орфографии</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The canonical headline: the only label used for previous/next links</source>
        <translation>Основной заголовок: только он используется в ссылках на предыдущую и следующую статьи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Summary</source>
        <translation>&amp;Краткое содержание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What a reader in a hurry needs to know, in one or two sentences</source>
        <translation>Что нужно знать читателю, который спешит, в одном-двух предложениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary word count</source>
        <translation>Число слов в кратком содержании</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary as readers see it</source>
        <translation>Краткое содержание глазами читателя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No time to read? Get a summary</source>
        <translation>Нет времени читать? Вот краткое содержание</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Byline</source>
        <translation>Подпись &amp;автора</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Byline</source>
        <translation>Подпись автора</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ection</source>
        <translation>&amp;Рубрика</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>Я&amp;зык</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language (BCP 47 tag)</source>
        <translation>Язык (тег BCP 47)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A BCP 47 language tag such as en-US, en-GB, de-DE</source>
        <translation>Языковой тег BCP 47, например en-US, en-GB, de-DE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sl&amp;ug</source>
        <translation>С&amp;лаг</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slug</source>
        <translation>Слаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words-joined-by-hyphens</source>
        <translation>slova-cherez-defis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article body</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../app/widgets/ArticleEditor.cpp" line="+115"/>
        <source>Check &amp;Spelling…</source>
        <translation>Проверить &amp;орфографию…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go through the misspelled words of the article one by one</source>
        <translation>Просмотреть слова с ошибками в статье одно за другим</translation>
    </message>
    <message numerus="yes">
        <location line="+141"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(readers expect at most %1)</source>
        <translation>(читатели ждут не больше %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readers will see the summary here.</source>
        <translation>Здесь читатели увидят краткое содержание.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Spelling not checked</source>
        <translation>Орфография не проверена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spelling errors</source>
        <translation>Орфографических ошибок нет</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n spelling error(s)</source>
        <translation>
            <numerusform>%n орфографическая ошибка</numerusform>
            <numerusform>%n орфографические ошибки</numerusform>
            <numerusform>%n орфографических ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Misspelled words in the headline, summary, byline, meta titles and body. Press F7 to go through them.</source>
        <translation>Слова с ошибками в заголовке, кратком содержании, подписи автора, мета-заголовках и тексте. Нажмите F7, чтобы просмотреть их.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Editing works as usual, without spell checking.</source>
        <translation>%1 Редактирование работает как обычно, но без проверки орфографии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Spelling is checked without your personal dictionary, and the file is left as it is.</source>
        <translation>%1 Орфография проверяется без вашего личного словаря, а файл остаётся без изменений.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../app/models/ArticleListModel.cpp" line="+188"/>
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
    <name>ArticleLocks</name>
    <message>
        <location filename="../app/storage/ArticleLocks.cpp" line="+82"/>
        <source>reading the lock of article %1</source>
        <translation>чтение блокировки статьи %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+19"/>
        <source>locking article %1</source>
        <translation>блокировка статьи %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>taking over the lock of article %1</source>
        <translation>перехват блокировки статьи %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lock of article %1 changed hands meanwhile; try again.</source>
        <translation>Блокировка статьи %1 тем временем перешла к другому владельцу; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The unsaved edits %1 left with the lock of article %2 cannot be read.</source>
        <translation>Не удаётся прочитать несохранённые изменения, которые %1 оставил(а) вместе с блокировкой статьи %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the unsaved edits of %1 first failed: %2</source>
        <translation>Не удалось предварительно сохранить несохранённые изменения %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>keeping the lock of article %1</source>
        <translation>удержание блокировки статьи %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You no longer hold the lock of article %1: it was taken over, or it expired and someone else opened the article.</source>
        <translation>Вы больше не удерживаете блокировку статьи %1: её перехватили, или срок её действия истёк и статью открыл кто-то другой.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unlocking article %1</source>
        <translation>снятие блокировки статьи %1</translation>
    </message>
</context>
<context>
    <name>ArticleMisspellings</name>
    <message>
        <location filename="../app/widgets/ArticleMisspellings.cpp" line="+31"/>
        <source>Correct “%1” to “%2”</source>
        <translation>исправление «%1» на «%2»</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byline</source>
        <translation>Подпись автора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta title %1</source>
        <translation>Мета-заголовок %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraph %1</source>
        <translation>Абзац %1</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Correct “%1” to “%2” (%n times)</source>
        <translation>
            <numerusform>исправление «%1» на «%2» (%n раз)</numerusform>
            <numerusform>исправление «%1» на «%2» (%n раза)</numerusform>
            <numerusform>исправление «%1» на «%2» (%n раз)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleSpelling</name>
    <message>
        <location filename="../app/widgets/ArticleSpelling.cpp" line="+112"/>
        <source>The article has no language, so its spelling is not checked. Set its language (for example en-US) to check it.</source>
        <translation>У статьи не указан язык, поэтому её орфография не проверяется. Укажите язык (например, ru-RU), чтобы проверить её.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” cannot be ignored: no stored article is open.</source>
        <translation>«%1» нельзя пропускать: не открыта ни одна сохранённая статья.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be added to the newsroom dictionary: no database is open.</source>
        <translation>«%1» нельзя добавить в словарь редакции: не открыта ни одна база данных.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” cannot be removed from the newsroom dictionary: no database is open.</source>
        <translation>«%1» нельзя удалить из словаря редакции: не открыта ни одна база данных.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is not in your personal dictionary.</source>
        <translation>«%1» нет в вашем личном словаре.</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <location filename="../app/core/Article.cpp" line="+91"/>
        <source>In review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes requested</source>
        <translation>Запрошены правки</translation>
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
        <location line="+2"/>
        <source>Corrected</source>
        <translation>Исправлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>В архиве</translation>
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
        <location filename="../app/storage/ArticleStore.cpp" line="+448"/>
        <source>The article has not been stored yet.</source>
        <translation>Статья ещё не сохранена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article %1 was changed by someone else: you edited version %2, the database has version %3. Nothing was saved.</source>
        <translation>Статью %1 изменил кто-то другой: вы редактировали версию %2, а в базе данных версия %3. Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>storing article “%1”</source>
        <translation>сохранение статьи «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An article with the uri %1 or uuid %2 already exists.</source>
        <translation>Статья с URI %1 или UUID %2 уже существует.</translation>
    </message>
    <message>
        <location line="-265"/>
        <location line="+279"/>
        <source>saving article %1</source>
        <translation>сохранение статьи %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <location line="+246"/>
        <source>Article %1 was changed by someone else while saving; nothing was saved.</source>
        <translation>Статью %1 изменил кто-то другой во время сохранения; ничего не сохранено.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>removing a paragraph</source>
        <translation>удаление абзаца</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>storing paragraph %1</source>
        <translation>сохранение абзаца %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 has the uuid %2 that another paragraph already uses.</source>
        <translation>У абзаца %1 UUID %2, который уже использует другой абзац.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saving paragraph %1</source>
        <translation>сохранение абзаца %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>saving attributions</source>
        <translation>сохранение указаний источников</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>storing the attributions of paragraph %1</source>
        <translation>сохранение указаний источников абзаца %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saving meta titles</source>
        <translation>сохранение мета-заголовков</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>saving meta title %1</source>
        <translation>сохранение мета-заголовка %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+17"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>updating the search index</source>
        <translation>обновление поискового индекса</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+17"/>
        <source>The search text of article %1 is missing.</source>
        <translation>Текст для поиска у статьи %1 отсутствует.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>recording revision %1</source>
        <translation>запись редакции %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An attribution in “%1” has no source name.</source>
        <translation>В одном из указаний источника в «%1» нет названия источника.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>deleting article %1</source>
        <translation>удаление статьи %1</translation>
    </message>
    <message>
        <location line="-613"/>
        <location line="+616"/>
        <location line="+25"/>
        <location line="+31"/>
        <location line="+441"/>
        <location line="+64"/>
        <source>There is no article %1.</source>
        <translation>Статьи %1 нет.</translation>
    </message>
    <message>
        <location line="-1101"/>
        <source>The approved text was edited.</source>
        <translation>Утверждённый текст был изменён.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 is an editor: only a reviewer or a chief can verify or dispute a source (“%2” in paragraph %3). Nothing was saved.</source>
        <translation>%1 — редактор: подтвердить или оспорить источник может только проверяющий или главный редактор («%2» в абзаце %3). Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+591"/>
        <source>loading article %1</source>
        <translation>загрузка статьи %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading articles</source>
        <translation>загрузка статей</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>loading paragraphs</source>
        <translation>загрузка абзацев</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>loading sources</source>
        <translation>загрузка источников</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>loading attributions</source>
        <translation>загрузка указаний источников</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>loading meta titles</source>
        <translation>загрузка мета-заголовков</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>loading linked articles</source>
        <translation>загрузка связанных статей</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>looking up article %1</source>
        <translation>поиск статьи %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no article “%1” (expected an id, a uuid or a uri).</source>
        <translation>Статьи «%1» нет (ожидается ID, UUID или URI).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>listing articles</source>
        <translation>получение списка статей</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+18"/>
        <location line="+22"/>
        <source>searching articles</source>
        <translation>поиск статей</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading article %1</source>
        <translation>чтение статьи %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>counting articles</source>
        <translation>подсчёт статей</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the links of article %1</source>
        <translation>чтение связей статьи %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>linking article %1</source>
        <translation>связывание статьи %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Article %1 cannot be linked to itself.</source>
        <translation>Статью %1 нельзя связать с ней самой.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>checking the series for a loop</source>
        <translation>проверка серии на цикл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linking article %1 before article %2 would make the series loop: %2 already leads to %1.</source>
        <translation>Если поставить статью %1 перед статьёй %2, серия замкнётся в цикл: %2 уже ведёт к %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>reading the series of article %1</source>
        <translation>чтение серии статьи %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reading the history of article %1</source>
        <translation>чтение истории статьи %1</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location line="+72"/>
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
        <location line="-1359"/>
        <location line="+1402"/>
        <source>reading the source registry</source>
        <translation>чтение реестра источников</translation>
    </message>
    <message>
        <location line="-1373"/>
        <location line="+1390"/>
        <location line="+125"/>
        <source>looking up source %1</source>
        <translation>поиск источника %1</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+7"/>
        <source>optimizing the search index</source>
        <translation>оптимизация поискового индекса</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A source needs a name.</source>
        <translation>У источника должно быть название.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+33"/>
        <location line="+20"/>
        <location line="+18"/>
        <source>There is no source %1.</source>
        <translation>Источника %1 нет.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>counting citations</source>
        <translation>подсчёт ссылок на источники</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>merging sources</source>
        <translation>объединение источников</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
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
    <name>AttachSourceDialog</name>
    <message>
        <location filename="../ui/AttachSourceDialog.ui" line="+14"/>
        <source>Attach Source</source>
        <translation>Указать источник</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources of this &amp;paragraph:</source>
        <translation>Источники этого &amp;абзаца:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources of this paragraph</source>
        <translation>Источники этого абзаца</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a source to change its detail or link, or to remove it</source>
        <translation>Выберите источник, чтобы изменить уточнение или ссылку либо удалить его</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected source</source>
        <translation>Удалить выбранный источник</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name in the source registry</source>
        <translation>Название в реестре источников</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source name</source>
        <translation>Название источника</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Detail:</source>
        <translation>Уто&amp;чнение:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quote, document or page (optional)</source>
        <translation>Цитата, документ или страница (необязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribution detail</source>
        <translation>Уточнение к указанию источника</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://… where this claim can be checked (optional)</source>
        <translation>https://… где можно проверить это утверждение (необязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribution link</source>
        <translation>Ссылка для проверки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of the new source</source>
        <translation>Тип нового источника</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Website:</source>
        <translation>&amp;Веб-сайт:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>https://… (optional)</source>
        <translation>https://… (необязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website of the new source</source>
        <translation>Веб-сайт нового источника</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="+173"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="+2"/>
        <source>Add the source to the paragraph</source>
        <translation>Добавить источник к абзацу</translation>
    </message>
    <message>
        <location filename="../app/widgets/AttachSourceDialog.cpp" line="-125"/>
        <source>Paragraph %1: “%2”</source>
        <translation>Абзац %1: «%2»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The source registry could not be read: %1</source>
        <translation>Не удалось прочитать реестр источников: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No source yet</source>
        <translation>Источников пока нет</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” is not in the source registry yet. It is added with:</source>
        <translation>«%1» — новый источник; он будет добавлен с данными:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name the registry does not know yet is added to it as a new source.</source>
        <translation>Незнакомое реестру название добавляется как новый источник.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Update</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the selected source</source>
        <translation>Обновить выбранный источник</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Type the name of a source.</source>
        <translation>Введите название источника.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>Ссылка должна быть веб-адресом, начинающимся с http:// или https://.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is already a source of this paragraph.</source>
        <translation>«%1» уже указан как источник этого абзаца.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The website must be a web address starting with http:// or https://.</source>
        <translation>Веб-сайт должен быть веб-адресом, начинающимся с http:// или https://.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” could not be added to the source registry: %2</source>
        <translation>Не удалось добавить «%1» в реестр источников: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attach source</source>
        <translation>указание источника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove source</source>
        <translation>удаление источника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit source</source>
        <translation>изменение источника</translation>
    </message>
</context>
<context>
    <name>AttributionBoilerplateRule</name>
    <message>
        <location filename="../app/core/review/AttributionBoilerplateRule.cpp" line="+101"/>
        <source>Paragraph %1 has its attribution typed into the text (“%2”); attach the source to the paragraph instead.</source>
        <translation>В абзаце %1 указание источника набрано в тексте («%2»); вместо этого укажите источник для абзаца.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Paragraph %1 ends with “%2”, like %3 of the %4 paragraphs; attach the source to each paragraph instead of repeating a credit line.</source>
        <translation>Абзац %1 заканчивается на «%2», как и %3 из %4 абзацев; укажите источник для каждого абзаца вместо повторения строки с указанием источника.</translation>
    </message>
</context>
<context>
    <name>AttributionDisputedRule</name>
    <message>
        <location filename="../app/core/review/AttributionDisputedRule.cpp" line="+28"/>
        <source>The attribution of paragraph %1 to “%2” is disputed by %3: “%4”.</source>
        <translation>Указание источника «%2» в абзаце %1 оспорено проверяющим %3: «%4».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attribution of paragraph %1 to “%2” is disputed by %3.</source>
        <translation>Указание источника «%2» в абзаце %1 оспорено проверяющим %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attribution of paragraph %1 to “%2” is disputed: “%3”.</source>
        <translation>Указание источника «%2» в абзаце %1 оспорено: «%3».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attribution of paragraph %1 to “%2” is disputed.</source>
        <translation>Указание источника «%2» в абзаце %1 оспорено.</translation>
    </message>
</context>
<context>
    <name>AttributionGutter</name>
    <message>
        <location filename="../app/widgets/AttributionGutter.cpp" line="+55"/>
        <source>Paragraph sources</source>
        <translation>Источники абзацев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One chip per source of each paragraph; a red bar marks a paragraph without a source. Ctrl+Shift+A attaches a source.</source>
        <translation>По одной метке на каждый источник абзаца; красная полоса отмечает абзац без источника. Ctrl+Shift+A — указать источник.</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Marked as needing no attribution: %1</source>
        <translation>Абзац отмечен как не требующий указания источника: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No source is attributed to this paragraph. Click to attach one (%1).</source>
        <translation>Для этого абзаца не указан источник. Щёлкните, чтобы указать его (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more source(s):</source>
        <translation>
            <numerusform>Ещё %n источник:</numerusform>
            <numerusform>Ещё %n источника:</numerusform>
            <numerusform>Ещё %n источников:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification:</source>
        <translation>Проверка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail:</source>
        <translation>Уточнение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>AttributionMissingRule</name>
    <message>
        <location filename="../app/core/review/AttributionMissingRule.cpp" line="+27"/>
        <source>Paragraph %1 is marked as needing no attribution: “%2”.</source>
        <translation>Абзац %1 отмечен как не требующий указания источника: «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraph %1 has no source attribution, and its “no attribution needed” mark gives no reason: “%2”.</source>
        <translation>У абзаца %1 нет указания источника, а его отметка «указание источника не требуется» не объясняет причину: «%2».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paragraph %1 has no source attribution: “%2”.</source>
        <translation>У абзаца %1 нет указания источника: «%2».</translation>
    </message>
</context>
<context>
    <name>AttributionStyle</name>
    <message>
        <location filename="../app/widgets/AttributionStyle.cpp" line="+82"/>
        <source>Unchecked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Оспорено</translation>
    </message>
</context>
<context>
    <name>AttributionUnverifiedRule</name>
    <message>
        <location filename="../app/core/review/AttributionUnverifiedRule.cpp" line="+26"/>
        <source>No reviewer has verified the attribution of paragraph %1 to “%2”.</source>
        <translation>Никто из проверяющих не подтвердил указание источника «%2» в абзаце %1.</translation>
    </message>
</context>
<context>
    <name>AttributionVerbRule</name>
    <message>
        <location filename="../app/core/review/AttributionVerbRule.cpp" line="+63"/>
        <source>“%1” in %2 is a loaded attribution verb; consider “%3”.</source>
        <translation>«%1» (%2) — оценочный глагол при передаче чужих слов; рассмотрите «%3».</translation>
    </message>
</context>
<context>
    <name>AttributionsInspector</name>
    <message>
        <location filename="../ui/AttributionsInspector.ui" line="+9"/>
        <location filename="../app/widgets/AttributionsInspector.cpp" line="+77"/>
        <source>This paragraph</source>
        <translation>Этот абзац</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sources of the current paragraph</source>
        <translation>Источники текущего абзаца</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach a source</source>
        <translation>Указать источник</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected source from the paragraph</source>
        <translation>Убрать выбранный источник из абзаца</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whole article</source>
        <translation>Вся статья</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attributions of the whole article</source>
        <translation>Указания источников во всей статье</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attribution coverage</source>
        <translation>Доля абзацев с источником</translation>
    </message>
    <message>
        <location filename="../app/widgets/AttributionsInspector.cpp" line="+10"/>
        <source>Paragraph %1</source>
        <translation>Абзац %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No source: this paragraph is unattributed</source>
        <translation>Нет источника: у этого абзаца не указан источник</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove source “%1”</source>
        <translation>удаление источника «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 of %n paragraph(s) attributed</source>
        <translation>
            <numerusform>Источник указан в %1 из %n абзаца</numerusform>
            <numerusform>Источник указан в %1 из %n абзацев</numerusform>
            <numerusform>Источник указан в %1 из %n абзацев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/storage/AuditLog.cpp" line="+59"/>
        <location filename="../app/widgets/HistoryInspector.cpp" line="+130"/>
        <source>paragraph %1</source>
        <translation>абзац %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a paragraph no longer in the article</source>
        <translation>абзац, которого больше нет в статье</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (was %2)</source>
        <translation>%1 (было: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, over blocking findings: %1</source>
        <translation>, несмотря на блокирующие замечания: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/widgets/HistoryInspector.cpp" line="-1"/>
        <source>Verified “%1” in %2</source>
        <translation>Подтверждён источник «%1» (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed “%1” in %2</source>
        <translation>Оспорен источник «%1» (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked %1 as needing no attribution</source>
        <translation>Отмечено, что указание источника не требуется (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the no-attribution mark off %1</source>
        <translation>Снята отметка «указание источника не требуется» (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved the anonymous source “%1” in %2</source>
        <translation>Одобрен анонимный источник «%1» (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>recording the audit trail of article %1</source>
        <translation>запись журнала аудита статьи %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the audit trail of article %1</source>
        <translation>чтение журнала аудита статьи %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <location filename="../app/models/AuditTrailModel.cpp" line="+92"/>
        <source>%1, %2 (%3), version %4:
%5</source>
        <translation>%1, %2 (%3), версия %4:
%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment: %1</source>
        <translation>Комментарий: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>BatchFileWriter</name>
    <message>
        <location filename="../app/storage/BatchFileWriter.cpp" line="+53"/>
        <location line="+10"/>
        <location line="+21"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot sync the folder to disk: %2</source>
        <translation>%1: не удаётся синхронизировать папку с диском: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot sync the files to disk: %2</source>
        <translation>%1: не удаётся синхронизировать файлы с диском: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot sync to disk: %2</source>
        <translation>%1: не удаётся синхронизировать с диском: %2</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <location filename="../app/widgets/BatchProgress.cpp" line="+13"/>
        <source>%1 a second</source>
        <translation>%1 в секунду</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 s left</source>
        <translation>осталось около %1 с</translation>
    </message>
</context>
<context>
    <name>BenchLibrary</name>
    <message>
        <location filename="../app/bench/gui/BenchLibrary.cpp" line="+106"/>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 already exists.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>inserting the list-only rows</source>
        <translation>вставка строк только для списка</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: cannot write the file to disk: %2</source>
        <translation>%1: не удаётся записать файл на диск: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds %2 articles, not %3.</source>
        <translation>В %1 статей: %2, а не %3.</translation>
    </message>
</context>
<context>
    <name>BenchRunner</name>
    <message>
        <location filename="../app/bench/BenchRunner.cpp" line="+370"/>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CPU time %1 µs per article (%2 /s of CPU)</source>
        <translation>процессорное время %1 мкс на статью (%2 /с процессорного времени)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+557"/>
        <source>sqlite3 comparison failed: %1</source>
        <translation>сравнение с sqlite3 не удалось: %1</translation>
    </message>
    <message>
        <location line="-472"/>
        <location line="+531"/>
        <source>opening %1</source>
        <translation>открытие %1</translation>
    </message>
    <message>
        <location line="-554"/>
        <source>Total run time of the benchmark: %1 s; 1-minute load average %2 at the start, %3 at the end (on %4 cores).</source>
        <translation>Общее время прогона теста: %1 с; средняя нагрузка за 1 минуту — %2 в начале, %3 в конце (ядер: %4).</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Environment: %1 articles, SQLite library %2, sqlite3 shell %3, Qt %4, %5 × %6, %7; database file %8 MB.</source>
        <translation>Окружение: статей — %1, библиотека SQLite %2, оболочка sqlite3 %3, Qt %4, %5 × %6, %7; файл базы данных %8 МБ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+30"/>
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
        <location line="+221"/>
        <source>creating %1</source>
        <translation>создание %1</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>The query word “%1” is not in the generator&apos;s vocabulary.</source>
        <translation>Слова запроса «%1» нет в словаре генератора.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating and importing %1 articles in batches of %2 into %3…</source>
        <translation>Создание и импорт %1 статей пакетами по %2 в %3…</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+208"/>
        <source>sqlite3: the same rows as plain INSERTs with ids chosen up front, one transaction per %1 articles</source>
        <translation>sqlite3: те же строки простыми INSERT с заранее выбранными ID, одна транзакция на %1 статей</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>link(prev, next) during import (every 10th article)</source>
        <translation>link(prev, next) во время импорта (каждая 10-я статья)</translation>
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
        <translation>первая десятая часть %1 /с, последняя %2 /с; %3 мс на вызов по %4; %5</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>postgres: skipped (no --postgres URL of an empty database).</source>
        <translation>postgres: пропущено (не указан --postgres URL пустой базы данных).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Environment: Qt %1, %2 × %3, %4.</source>
        <translation>Окружение: Qt %1, %2 × %3, %4.</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>importArticles()</source>
        <translation>importArticles()</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>importArticles(), first %1 articles (fresh file)</source>
        <translation>importArticles(), первые %1 статей (новый файл)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>best of %1 rounds; %2</source>
        <translation>лучший из %1 раундов; %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>create(), first %1 articles (begin/commit per %2)</source>
        <translation>create(), первые %1 статей (begin/commit на каждые %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SQLite C API, first %1 articles (prepared statements, no Qt)</source>
        <translation>C API SQLite, первые %1 статей (подготовленные запросы, без Qt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>best of %1 rounds; %2; the floor: what SQLite itself does with the same rows and schema, without Qt or Copydesk (one prepared statement per table, values bound, one transaction per %3 articles, Copydesk&apos;s PRAGMAs)</source>
        <translation>лучший из %1 прогонов; %2; нижняя граница: что делает сам SQLite с теми же строками и схемой, без Qt и Copydesk (один подготовленный запрос на таблицу, связанные значения, одна транзакция на %3 статей, PRAGMA Copydesk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1x the time per article of SQLite&apos;s C API (the floor)</source>
        <translation>в %1 раза больше времени на статью, чем у C API SQLite (нижней границы)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite C API comparison failed: %1</source>
        <translation>сравнение с C API SQLite не удалось: %1</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+13"/>
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
        <location line="+23"/>
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
        <source>%1 matching articles (FTS expression %2), ranked among the newest %3</source>
        <translation>подходящих статей: %1 (выражение FTS %2), ранжирование среди %3 самых новых</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>count matches: “%1” (%2)</source>
        <translation>подсчёт совпадений: «%1» (%2)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>sqlite3: the 4-5 SELECTs ArticleStore::load runs in one read transaction, for the same ids</source>
        <translation>sqlite3: те 4–5 SELECT, которые ArticleStore::load выполняет в одной транзакции чтения, для тех же ID</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>save one edited paragraph, after optimizeSearchIndex()</source>
        <translation>сохранение одного изменённого абзаца после optimizeSearchIndex()</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>save one edited paragraph (save()), right after the import</source>
        <translation>сохранение одного изменённого абзаца (save()) сразу после импорта</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the %1 encoder returned nothing for article %2</source>
        <translation>кодировщик %1 ничего не вернул для статьи %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export: %1 articles in memory, three formats…</source>
        <translation>экспорт: %1 статей в памяти, три формата…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>export %1, %2 articles (load + encode)</source>
        <translation>экспорт %1, %2 статей (загрузка + кодирование)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per article: loadMany %1 µs + encoding %2 µs; %3 KB on average; one read transaction around all of them, as copydesk-cli does</source>
        <translation>на статью: loadMany %1 мкс + кодирование %2 мкс; в среднем %3 КБ; одна транзакция чтения на все, как в copydesk-cli</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>export: %1 files of %2 bytes with plain POSIX calls, for reference…</source>
        <translation>экспорт: %1 файлов по %2 байт простыми вызовами POSIX, для сравнения…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reference: %1 files of %2 bytes (the average over the formats) written in a fresh folder as BatchFileWriter does, with plain POSIX calls and no Qt: open(O_CREAT|O_EXCL)/write/close under temporary names, one syncfs(), the renames, one fsync() of the folder; ratio = Copydesk&apos;s time per article / that time per file</source>
        <translation>эталон: %1 файлов по %2 байт (среднее по форматам), записанных в новую папку так же, как это делает BatchFileWriter, простыми вызовами POSIX без Qt: open(O_CREAT|O_EXCL)/write/close под временными именами, один syncfs(), переименования, один fsync() папки; отношение = время Copydesk на статью / это время на файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file system reference failed: %1</source>
        <translation>эталонное измерение файловой системы не удалось: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export %1: %2 articles to files…</source>
        <translation>экспорт %1: %2 статей в файлы…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>export wrote %1 files for %2 articles</source>
        <translation>экспорт записал %1 файлов для %2 статей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export %1, %2 articles to files (FolderExport)</source>
        <translation>экспорт %1, %2 статей в файлы (FolderExport)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as copydesk-cli export --all: loadMany() a chunk at a time while a worker thread encodes and writes the previous chunk, then one sync to disk and the renames</source>
        <translation>как copydesk-cli export --all: loadMany() порциями, пока рабочий поток кодирует и записывает предыдущую порцию, затем одна синхронизация с диском и переименования</translation>
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
        <translation>check с проверкой орфографии пропущен: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 findings, %2 of the articles may not be approved yet</source>
        <translation>замечаний: %1; статей, которые пока нельзя утвердить: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check --all --no-spelling, %1 articles (LibraryReview)</source>
        <translation>check --all --no-spelling, %1 статей (LibraryReview)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check --all --no-suggestions, %1 articles</source>
        <translation>check --all --no-suggestions, %1 статей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check with spelling and suggestions, the first %1 articles</source>
        <translation>check с проверкой орфографии и вариантами исправления, первые %1 статей</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check: copydesk-cli check --all --json…</source>
        <translation>check: copydesk-cli check --all --json…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>copydesk-cli check --all failed: %1 %2</source>
        <translation>copydesk-cli check --all: ошибка: %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copydesk-cli check --all --no-spelling --json, %1 articles</source>
        <translation>copydesk-cli check --all --no-spelling --json, %1 статей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole process: opening the database, listing the ids, the review and writing the JSON (to /dev/null)</source>
        <translation>весь процесс: открытие базы данных, получение списка ID, проверка и запись JSON (в /dev/null)</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>load: 1,000 random articles…</source>
        <translation>load: 1000 случайных статей…</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Writing the first %1 articles with importArticles(), create(), the sqlite3 shell and SQLite&apos;s C API, %2 interleaved rounds…</source>
        <translation>Запись первых %1 статей через importArticles(), create(), оболочку sqlite3 и C API SQLite, %2 чередующихся прогона…</translation>
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
        <translation>загрузка одной статьи</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>optimizing the full-text index…</source>
        <translation>оптимизация полнотекстового индекса…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optimizeSearchIndex</source>
        <translation>optimizeSearchIndex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optimizeSearchIndex() once, after the import</source>
        <translation>optimizeSearchIndex() один раз после импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merges the full-text index that the bulk import left in large segments; the saves measured after it show what it is for</source>
        <translation>объединяет полнотекстовый индекс, который массовый импорт оставил крупными сегментами; измеренные после этого сохранения показывают, зачем это нужно</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save again after optimizeSearchIndex(), 500 other random articles…</source>
        <translation>повторное сохранение после optimizeSearchIndex(), 500 других случайных статей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save: one edited paragraph, 500 random articles…</source>
        <translation>save: один изменённый абзац, 500 случайных статей…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>sqlite3: the same reads, source look-ups, revision insert and article/paragraph/search-text updates in one transaction, on %1 other articles</source>
        <translation>sqlite3: те же чтения, поиск источников, вставка редакции и обновления статьи, абзаца и текста для поиска в одной транзакции, на %1 других статьях</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>edit cycle (load + edit + save)</source>
        <translation>цикл правки (загрузка + правка + сохранение)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+76"/>
        <source>export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>loadMany</source>
        <translation>loadMany</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../app/widgets/BodyEditor.cpp" line="+47"/>
        <source>Article body</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach Source…</source>
        <translation>Указать источник…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach a source to the current paragraph</source>
        <translation>Указать источник для текущего абзаца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Paragraph Up</source>
        <translation>Переместить абзац вверх</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the current paragraph above the previous one</source>
        <translation>Переместить текущий абзац выше предыдущего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Paragraph Down</source>
        <translation>Переместить абзац вниз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the current paragraph below the next one</source>
        <translation>Переместить текущий абзац ниже следующего</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>Move text</source>
        <translation>перемещение текста</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop text</source>
        <translation>перетаскивание текста</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+141"/>
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
        <location line="+9"/>
        <location line="+877"/>
        <location line="+655"/>
        <location line="+539"/>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <location line="-2064"/>
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
        <location line="+9"/>
        <location line="+1800"/>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <location line="-1761"/>
        <location line="+145"/>
        <source>DIR</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Removes the link to the previous article.</source>
        <translation>Удаляет связь с предыдущей статьёй.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the link to the next article.</source>
        <translation>Удаляет связь со следующей статьёй.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The language: a BCP 47 tag (en-US, de, pt-BR) or a Hunspell dictionary name (en_US). Default: en-US, or the article&apos;s language with --article.</source>
        <translation>Язык: тег BCP 47 (en-US, de, pt-BR) или имя словаря Hunspell (en_US). По умолчанию: en-US, а с --article — язык статьи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks a stored article instead of a file: its headline, summary, byline, body paragraphs and meta titles, accepting the newsroom dictionary and the words ignored in that article.</source>
        <translation>Проверяет вместо файла сохранённую статью: заголовок, краткое содержание, подпись автора, абзацы текста и мета-заголовки; слова словаря редакции и слова, пропускаемые в этой статье, считаются верными.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Also accepts the words of the newsroom dictionary in the database (always so with --article).</source>
        <translation>Также принимает слова словаря редакции из базы данных (с --article — всегда).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists the misspelled words without suggestions, which is much faster (like hunspell -l).</source>
        <translation>Выводит слова с ошибками без вариантов исправления, что намного быстрее (как hunspell -l).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looks for suggestions in at most N processes at once, each with its own copy of the dictionary. Default: one per processor core.</source>
        <translation>Ищет варианты исправления не более чем в N процессах одновременно, у каждого своя копия словаря. По умолчанию: по одному на ядро процессора.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Internal: answers a SuggestionPool request.</source>
        <translation>Внутренний: отвечает на запрос SuggestionPool.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prints a JSON array [{word, line, column, suggestions}] instead of one line per misspelled word.</source>
        <translation>Выводит массив JSON [{word, line, column, suggestions}] вместо строки на каждое слово с ошибкой.</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+288"/>
        <source>FILE...</source>
        <translation>ФАЙЛ...</translation>
    </message>
    <message>
        <location line="-288"/>
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
        <location line="+59"/>
        <source>ID [--json]</source>
        <translation>ID [--json]</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Shows one article with its paragraphs, sources, meta titles and links.</source>
        <translation>Показывает одну статью с абзацами, источниками, мета-заголовками и связями.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+70"/>
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
        <source>--db needs the path of a database file.</source>
        <translation>Для --db нужен путь к файлу базы данных.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+34"/>
        <location line="+22"/>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of one command.</source>
        <translation>Запустите «%1 КОМАНДА --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>FILE|-|--article ID [--lang L] [--newsroom] [--json] [--no-suggestions] [--jobs N]</source>
        <translation>ФАЙЛ|-|--article ID [--lang L] [--newsroom] [--json] [--no-suggestions] [--jobs N]</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Only articles with this status: draft, review, changes-requested, approved, published, corrected or archived.</source>
        <translation>Только статьи с этим статусом: draft, review, changes-requested, approved, published, corrected или archived.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Checks every article.</source>
        <translation>Проверяет все статьи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints a JSON array [{article: {id, uuid, headline}, findings: [...]}] instead of a list.</source>
        <translation>Выводит массив JSON [{article: {id, uuid, headline}, findings: [...]}] вместо списка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skips the SPELLING rule (no dictionaries are loaded).</source>
        <translation>Пропускает правило SPELLING (словари не загружаются).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SPELLING findings without suggestions, which is much faster.</source>
        <translation>Замечания SPELLING без вариантов исправления, что намного быстрее.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A comment for the audit log (required to request changes).</source>
        <translation>Комментарий для журнала аудита (обязателен при запросе правок).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A chief approving over blocking findings: the written reason, stored in the audit log.</source>
        <translation>Главный редактор утверждает статью, несмотря на блокирующие замечания: письменное обоснование, сохраняемое в журнале аудита.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who acts, as recorded in the audit log. Default: $COPYDESK_USER, else the name in the Copydesk preferences, else the login name.</source>
        <translation>Кто действует, как записывается в журнал аудита. По умолчанию: $COPYDESK_USER, иначе имя в настройках Copydesk, иначе имя входа.</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+135"/>
        <location line="+7"/>
        <location line="+1561"/>
        <location line="+68"/>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <location line="-1802"/>
        <source>The export format: ninjs (IPTC ninjs 3.1 JSON, the default), newsml (IPTC NewsML-G2 2.35 XML) or html (an HTML5 page).</source>
        <translation>Формат экспорта: ninjs (IPTC ninjs 3.1 JSON, по умолчанию), newsml (IPTC NewsML-G2 2.35 XML) или html (страница HTML5).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With --format html, how paragraphs show their sources: none, inline (&quot;(Source: A; B)&quot; after the text) or notes (numbered source notes at the end, the default).</source>
        <translation>С --format html — как абзацы показывают свои источники: none, inline («(Источник: A; B)» после текста) или notes (нумерованные примечания об источниках в конце, по умолчанию).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STYLE</source>
        <translation>СТИЛЬ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --format html, where the newsroom publishes an article, {uuid} standing for its uuid (e.g. https://news.example/a/{uuid}); previous/next links and the canonical link use it.</source>
        <translation>С --format html — где редакция публикует статью; {uuid} заменяется её UUID (например, https://news.example/a/{uuid}); используется в ссылках на предыдущую и следующую статьи и в канонической ссылке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PATTERN</source>
        <translation>ШАБЛОН</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --format newsml, the newsroom named as the provider (default: Copydesk).</source>
        <translation>С --format newsml — редакция, указываемая как поставщик (по умолчанию: Copydesk).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder to write the files to; created when missing. Each article becomes &lt;slug or uuid&gt;-v&lt;version&gt; and the format&apos;s ending: .ninjs.json, .newsml.xml or .html.</source>
        <translation>Папка для файлов; создаётся, если её нет. Каждая статья записывается в &lt;slug или uuid&gt;-v&lt;версия&gt; с расширением формата: .ninjs.json, .newsml.xml или .html.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>The role to act in: editor, reviewer or chief. Default: $COPYDESK_ROLE, else the role in the Copydesk preferences, else editor.</source>
        <translation>Роль, в которой вы действуете: editor, reviewer или chief. По умолчанию: $COPYDESK_ROLE, иначе роль в настройках Copydesk, иначе editor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The verdict: verified, disputed or unchecked.</source>
        <translation>Вердикт: verified, disputed или unchecked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reviewer&apos;s note on the source (what was checked).</source>
        <translation>Заметка проверяющего об источнике (что было проверено).</translation>
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
        <translation>База данных: файл SQLite Copydesk или сервер редакции в виде postgresql://user@host:port/database. По умолчанию: $COPYDESK_DB, иначе файл, который использует приложение Copydesk.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>Only this destination (its name).</source>
        <translation>Только это место публикации (его название).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every approved article not yet published.</source>
        <translation>Все утверждённые статьи, которые ещё не опубликованы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add: a hot folder; each file appears complete.</source>
        <translation>add: «горячая» папка; каждый файл появляется в ней целиком.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: an HTTP(S) endpoint that receives a POST of the ninjs.</source>
        <translation>add: HTTP(S)-адрес, который принимает ninjs запросом POST.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: a request header for the endpoint, e.g. &quot;Authorization: Bearer T&quot; (repeatable).</source>
        <translation>add: HTTP-заголовок запроса для адреса, например «Authorization: Bearer T» (можно повторять).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HEADER</source>
        <translation>HTTP-ЗАГОЛОВОК</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add: seconds the endpoint has to answer (default 10).</source>
        <translation>add: сколько секунд есть у адреса на ответ (по умолчанию 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>СЕКУНДЫ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: further attempts after a failure that may pass (default 3).</source>
        <translation>add: число повторных попыток после сбоя, который может пройти (по умолчанию 3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add: store the destination switched off.</source>
        <translation>add: сохранить место публикации отключённым.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>ID...|--all [--format ninjs|newsml|html] --out DIR</source>
        <translation>ID...|--all [--format ninjs|newsml|html] --out ПАПКА</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lists the misspelled words of a text or an article with their line, column and suggestions.</source>
        <translation>Выводит слова с ошибками из текста или статьи с номерами строки и столбца и вариантами исправления.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID...|--all [--json] [--no-spelling] [--no-suggestions]</source>
        <translation>ID...|--all [--json] [--no-spelling] [--no-suggestions]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the review findings of articles; exit status 1 when any is blocking.</source>
        <translation>Выводит замечания проверки статей; код выхода 1, если есть блокирующие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID STATUS [--comment C] [--override REASON] [--as NAME --role ROLE]</source>
        <translation>ID СТАТУС [--comment C] [--override ПРИЧИНА] [--as ИМЯ --role РОЛЬ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves an article through the review workflow (draft, review, changes-requested, approved, published, corrected, archived).</source>
        <translation>Проводит статью по процессу проверки (draft, review, changes-requested, approved, published, corrected, archived).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID PARAGRAPH SOURCE --state verified|disputed|unchecked [--note N] [--as NAME]</source>
        <translation>ID АБЗАЦ ИСТОЧНИК --state verified|disputed|unchecked [--note N] [--as ИМЯ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records a reviewer&apos;s verdict on one attribution of a paragraph (its uuid or number).</source>
        <translation>Записывает вердикт проверяющего по одному указанию источника в абзаце (по его UUID или номеру).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list [--json] | add WORD... | remove WORD...</source>
        <translation>list [--json] | add СЛОВО... | remove СЛОВО...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or changes the newsroom dictionary, shared by every desk on the database.</source>
        <translation>Показывает или изменяет словарь редакции, общий для всех рабочих мест с этой базой данных.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list [--json] | add NAME --folder DIR [--format F] | add NAME --url URL [--header H]... [--timeout S] [--retries N] | remove NAME | enable NAME | disable NAME</source>
        <translation>list [--json] | add ИМЯ --folder ПАПКА [--format F] | add ИМЯ --url URL [--header H]... [--timeout S] [--retries N] | remove ИМЯ | enable ИМЯ | disable ИМЯ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows or changes where articles are published (shared by every desk).</source>
        <translation>Показывает или изменяет места публикации статей (общие для всех рабочих мест).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID...|--approved [--destination NAME] [--as NAME --role ROLE]</source>
        <translation>ID...|--approved [--destination ИМЯ] [--as ИМЯ --role РОЛЬ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends approved articles to every enabled destination; exit status 1 when a delivery failed.</source>
        <translation>Отправляет утверждённые статьи во все включённые места публикации; код выхода 1, если доставка не удалась.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID... [--destination NAME] [--as NAME --role ROLE]</source>
        <translation>ID... [--destination ИМЯ] [--as ИМЯ --role РОЛЬ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archives published articles and sends pubStatus canceled wherever they went.</source>
        <translation>Отправляет опубликованные статьи в архив и посылает pubStatus canceled везде, куда они были отправлены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sets up a newsroom PostgreSQL database: the schema, the roles copydesk_editor, copydesk_reviewer and copydesk_chief, their grants and the rules the server enforces. Run once by the database owner (and again after an upgrade).</source>
        <translation>Настраивает общую базу данных PostgreSQL редакции: схему, роли copydesk_editor, copydesk_reviewer и copydesk_chief, их права и правила, которые соблюдает сервер. Запускается один раз владельцем базы данных (и повторно после обновления).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from LOCATION --to LOCATION</source>
        <translation>--from РАСПОЛОЖЕНИЕ --to РАСПОЛОЖЕНИЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies a whole library (articles, revisions, sources, links, review and publishing records) into an empty database, SQLite file or PostgreSQL, and verifies it by counts and checksums.</source>
        <translation>Копирует всю библиотеку (статьи, редакции, источники, ссылки, записи о проверке и публикации) в пустую базу данных, файл SQLite или PostgreSQL, и проверяет копию по количеству строк и контрольным суммам.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists every delivery of an article: destination, version, time, result.</source>
        <translation>Выводит все доставки статьи: место публикации, версия, время, результат.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imports, lists, shows, links, exports and spell-checks the articles of a Copydesk database.</source>
        <translation>Импортирует, выводит, показывает, связывает, экспортирует статьи базы данных Copydesk и проверяет их орфографию.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--db needs the path of a database file or a postgresql:// URL.</source>
        <translation>Для --db нужен путь к файлу базы данных или URL postgresql://.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exit status: 0 success; 1 conflict (someone saved first), or spell found misspelled words; 2 bad input or usage (nothing was written), or no spelling dictionary for the language; 3 database unavailable or damaged.</source>
        <translation>Код выхода: 0 — успех; 1 — конфликт (кто-то сохранил раньше) или spell нашёл слова с ошибками; 2 — неверные входные данные или вызов (ничего не записано) или нет орфографического словаря для языка; 3 — база данных недоступна или повреждена.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>init takes no arguments.</source>
        <translation>init не принимает аргументов.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: schema version %2, roles %3, %4 and %5 with their grants and rules.</source>
        <translation>%1: версия схемы %2, роли %3, %4 и %5 с их правами и правилами.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give each login one role, e.g.: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE copydesk_editor;</source>
        <translation>Назначьте каждой учётной записи одну роль, например: CREATE ROLE anna LOGIN PASSWORD &apos;…&apos; IN ROLE copydesk_editor;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The library to copy: a file or a postgresql:// URL.</source>
        <translation>Библиотека для копирования: файл или URL postgresql://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>LOCATION</source>
        <translation>РАСПОЛОЖЕНИЕ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Where to copy it: a new or empty file, or an empty PostgreSQL database (postgresql:// URL).</source>
        <translation>Куда копировать: новый или пустой файл либо пустая база данных PostgreSQL (URL postgresql://).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>migrate takes --from and --to, no other arguments.</source>
        <translation>migrate принимает --from и --to и никаких других аргументов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give both --from LOCATION and --to LOCATION.</source>
        <translation>укажите и --from РАСПОЛОЖЕНИЕ, и --to РАСПОЛОЖЕНИЕ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--from and --to name the same database.</source>
        <translation>--from и --to указывают на одну и ту же базу данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such file.</source>
        <translation>%1: нет такого файла.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>TABLE</source>
        <translation>ТАБЛИЦА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROWS</source>
        <translation>СТРОКИ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHECKSUM</source>
        <translation>КОНТРОЛЬНАЯ СУММА</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1 to %2; every table&apos;s row count and checksum match.</source>
        <translation>%1 скопировано в %2; количество строк и контрольная сумма каждой таблицы совпадают.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Article files: .txt (the plain-text format) or .json (ninjs). Other names are read as ninjs when they start with &apos;{&apos;, else as plain text. Articles whose uri is already in the database update it; links between the files resolve in any order.</source>
        <translation>Файлы статей: .txt (текстовый формат) или .json (ninjs). Файлы с другими именами читаются как ninjs, если начинаются с «{», иначе как простой текст. Статьи, URI которых уже есть в базе данных, обновляют её статью; связи между файлами разрешаются в любом порядке.</translation>
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
        <translation>Статья: её ID, UUID или URI.</translation>
    </message>
    <message>
        <location line="-1191"/>
        <location line="+934"/>
        <location line="+245"/>
        <location line="+6"/>
        <source>The articles: ids, uuids or uris.</source>
        <translation>Статьи: ID, UUID или URI.</translation>
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
        <location line="+524"/>
        <location line="+934"/>
        <source>VERSION</source>
        <translation>ВЕРСИЯ</translation>
    </message>
    <message>
        <location line="-1449"/>
        <source>The text to check, in UTF-8; - reads standard input. Each misspelled word is printed as FILE:LINE:COLUMN: WORD: SUGGESTIONS (up to %1), columns counted in characters. Your personal dictionary is accepted too. Exit status 1 when a word is misspelled, 0 when none is.</source>
        <translation>Проверяемый текст в UTF-8; - читает стандартный ввод. Каждое слово с ошибкой выводится как ФАЙЛ:СТРОКА:СТОЛБЕЦ: СЛОВО: ВАРИАНТЫ (до %1), столбцы считаются в символах. Ваш личный словарь тоже учитывается. Код выхода 1, если есть слово с ошибкой, иначе 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FILE|-</source>
        <translation>ФАЙЛ|-</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list: the words with who added them and when; add: adds the words, recorded as added by %1 ($COPYDESK_USER, else your login name); remove: removes them (all of them or, if one is not listed, none).</source>
        <translation>list: слова с указанием, кто и когда их добавил; add: добавляет слова от имени %1 ($COPYDESK_USER, иначе ваше имя входа); remove: удаляет их (все или, если одного нет в словаре, ни одного).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list|add|remove</source>
        <translation>list|add|remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words to add or remove.</source>
        <translation>Слова, которые нужно добавить или удалить.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[WORD...]</source>
        <translation>[СЛОВО...]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no such file.</source>
        <translation>нет такого файла.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder, not an article file.</source>
        <translation>это папка, а не файл статьи.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>cannot read the file: %1</source>
        <translation>не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than %1 MiB, the most an article file may be.</source>
        <translation>файл больше %1 МиБ — это наибольший допустимый размер файла статьи.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+30"/>
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
        <location line="+460"/>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <location line="-457"/>
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
        <location line="+260"/>
        <source>HEADLINE</source>
        <translation>ЗАГОЛОВОК</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+196"/>
        <location line="+38"/>
        <source>give exactly one article (id, uuid or uri).</source>
        <translation>укажите ровно одну статью (ID, UUID или URI).</translation>
    </message>
    <message>
        <location line="-217"/>
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
        <translation>Подпись автора</translation>
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
        <location line="+1060"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-1055"/>
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
        <location line="+574"/>
        <source>give article ids or --all, not both.</source>
        <translation>укажите ID статей или --all, но не то и другое.</translation>
    </message>
    <message>
        <location line="-572"/>
        <source>name the articles to export, or give --all.</source>
        <translation>укажите статьи для экспорта или --all.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+904"/>
        <source>--format: unknown format &apos;%1&apos;; use ninjs, newsml or html.</source>
        <translation>--format: неизвестный формат «%1»; используйте ninjs, newsml или html.</translation>
    </message>
    <message>
        <location line="-896"/>
        <source>--attributions: unknown style &apos;%1&apos;; use none, inline or notes.</source>
        <translation>--attributions: неизвестный стиль «%1»; используйте none, inline или notes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--provider: the newsroom&apos;s name is empty.</source>
        <translation>--provider: название редакции пустое.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--out DIR is required: the folder to write the files to.</source>
        <translation>требуется --out ПАПКА: папка, в которую записываются файлы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out %1: is a file, not a folder.</source>
        <translation>--out %1: это файл, а не папка.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--out %1: cannot create the folder.</source>
        <translation>--out %1: не удаётся создать папку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--out %1: the folder is not writable.</source>
        <translation>--out %1: в папку нельзя записывать.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>exported %1 %2</source>
        <translation>экспортировано %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location line="+15"/>
        <source>give a FILE or --article ID, not both.</source>
        <translation>укажите ФАЙЛ или --article ID, но не то и другое.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a FILE to check (- for standard input) or --article ID.</source>
        <translation>укажите ФАЙЛ для проверки (- для стандартного ввода) или --article ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give one FILE; unexpected argument &apos;%1&apos;.</source>
        <translation>укажите один ФАЙЛ; неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lang needs a language, e.g. en-US or de.</source>
        <translation>Для --lang нужен язык, например en-US или de.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--jobs: &apos;%1&apos; is not a positive whole number.</source>
        <translation>--jobs: «%1» — не целое положительное число.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>suggestion helper: cannot read standard input.</source>
        <translation>помощник вариантов: не удаётся прочитать стандартный ввод.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suggestion helper: %1.</source>
        <translation>помощник вариантов: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>give an action: list, add or remove (add and remove take words).</source>
        <translation>укажите действие: list, add или remove (add и remove принимают слова).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list takes no words; unexpected argument &apos;%1&apos;.</source>
        <translation>list не принимает слов; неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown action &apos;%1&apos;; give list, add or remove.</source>
        <translation>неизвестное действие «%1»; укажите list, add или remove.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--json goes with list only.</source>
        <translation>--json используется только с list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: name at least one word.</source>
        <translation>%1: укажите хотя бы одно слово.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a word that can be listed: it is empty or contains spaces.</source>
        <translation>«%1» нельзя внести в словарь: оно пустое или содержит пробелы.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The newsroom dictionary is empty.</source>
        <translation>Словарь редакции пуст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WORD</source>
        <translation>СЛОВО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDED BY</source>
        <translation>КТО ДОБАВИЛ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADDED</source>
        <translation>ДОБАВЛЕНО</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>added %1</source>
        <translation>добавлено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in the newsroom dictionary already</source>
        <translation>%1 уже есть в словаре редакции</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not in the newsroom dictionary; nothing was removed.</source>
        <translation>«%1» нет в словаре редакции; ничего не удалено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removed %1</source>
        <translation>удалено: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>on the newsroom server %1 you act as your login %2 (%3); --as and --role cannot change that.</source>
        <translation>на сервере редакции %1 вы действуете от имени своей учётной записи %2 (%3); --as и --role этого не меняют.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--as: give a name.</source>
        <translation>--as: укажите имя.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--role: unknown role &apos;%1&apos;; give editor, reviewer or chief.</source>
        <translation>--role: неизвестная роль «%1»; укажите editor, reviewer или chief.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The new status: review, changes-requested, approved, published, corrected or archived.</source>
        <translation>Новый статус: review, changes-requested, approved, published, corrected или archived.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The paragraph: its uuid (see show --json) or its number from 1.</source>
        <translation>Абзац: его UUID (см. show --json) или номер, начиная с 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PARAGRAPH</source>
        <translation>АБЗАЦ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source the paragraph cites, by name.</source>
        <translation>Источник, на который ссылается абзац, по названию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOURCE</source>
        <translation>ИСТОЧНИК</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name the articles to check, or give --all.</source>
        <translation>укажите статьи для проверки или --all.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 &quot;%2&quot;: %n finding(s)</source>
        <translation>
            <numerusform>%1 «%2»: %n замечание</numerusform>
            <numerusform>%1 «%2»: %n замечания</numerusform>
            <numerusform>%1 «%2»: %n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>spelling was not checked for %1: %2</source>
        <translation>орфография для %1 не проверена: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s) checked</source>
        <translation>
            <numerusform>%n статья проверена</numerusform>
            <numerusform>%n статьи проверены</numerusform>
            <numerusform>%n статей проверено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocking finding(s)</source>
        <translation>
            <numerusform>%n блокирующее замечание</numerusform>
            <numerusform>%n блокирующих замечания</numerusform>
            <numerusform>%n блокирующих замечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n article(s)</source>
        <translation>
            <numerusform>в %n статье</numerusform>
            <numerusform>в %n статьях</numerusform>
            <numerusform>в %n статьях</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>give the article and its new status.</source>
        <translation>укажите статью и её новый статус.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>STATUS: unknown status &apos;%1&apos;; give review, changes-requested, approved, published, corrected or archived.</source>
        <translation>СТАТУС: неизвестный статус «%1»; укажите review, changes-requested, approved, published, corrected или archived.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 &quot;%2&quot;: %3 -&gt; %4 (by %5, %6)</source>
        <translation>%1 «%2»: %3 -&gt; %4 (%5, %6)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give the article, the paragraph and the source.</source>
        <translation>укажите статью, абзац и источник.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--state is required: verified, disputed or unchecked.</source>
        <translation>нужен --state: verified, disputed или unchecked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--state: unknown state &apos;%1&apos;; give verified, disputed or unchecked.</source>
        <translation>--state: неизвестное состояние «%1»; укажите verified, disputed или unchecked.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>article %1 has no paragraph &apos;%2&apos; (give its uuid, see show --json, or a number from 1 to %3).</source>
        <translation>в статье %1 нет абзаца «%2» (укажите его UUID, см. show --json, или номер от 1 до %3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paragraph %1 of article %2 does not cite &apos;%3&apos;; it cites: %4.</source>
        <translation>абзац %1 статьи %2 не ссылается на «%3»; его источники: %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no source</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &quot;%2&quot;, paragraph %3: %4 is %5 (by %6); the article is now version %7</source>
        <translation>%1 «%2», абзац %3: %4 — %5 (%6); теперь у статьи версия %7</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>list, add, remove, enable or disable.</source>
        <translation>list, add, remove, enable или disable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination&apos;s name.</source>
        <translation>Название места публикации.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>give an action: list, add, remove, enable or disable.</source>
        <translation>укажите действие: list, add, remove, enable или disable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list takes no name; unexpected argument &apos;%1&apos;.</source>
        <translation>list не принимает имя; неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No publishing destination is set up.</source>
        <translation>Не настроено ни одного места публикации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENABLED</source>
        <translation>ВКЛЮЧЕНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TARGET</source>
        <translation>РАСПОЛОЖЕНИЕ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown action &apos;%1&apos;; give list, add, remove, enable or disable.</source>
        <translation>неизвестное действие «%1»; укажите list, add, remove, enable или disable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: name one destination.</source>
        <translation>%1: укажите одно место публикации.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>removed destination &quot;%1&quot;</source>
        <translation>место публикации «%1» удалено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>enabled destination &quot;%1&quot;</source>
        <translation>место публикации «%1» включено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled destination &quot;%1&quot;</source>
        <translation>место публикации «%1» отключено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add: give the destination&apos;s name.</source>
        <translation>add: укажите название места публикации.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add: give either --folder DIR or --url URL.</source>
        <translation>add: укажите либо --folder ПАПКА, либо --url URL.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--header, --timeout and --retries go with --url.</source>
        <translation>--header, --timeout и --retries используются только с --url.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format: an HTTP endpoint receives ninjs.</source>
        <translation>--format: HTTP-адрес принимает ninjs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--timeout: &apos;%1&apos; is not a number of seconds.</source>
        <translation>--timeout: «%1» — не число секунд.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--retries: &apos;%1&apos; is not a number.</source>
        <translation>--retries: «%1» — не число.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added destination &quot;%1&quot; (%2 %3)</source>
        <translation>место публикации «%1» добавлено (%2 %3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give article ids or --approved, not both.</source>
        <translation>укажите ID статей или --approved, но не то и другое.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the articles to unpublish.</source>
        <translation>укажите статьи, которые нужно снять с публикации.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the articles to publish, or give --approved.</source>
        <translation>укажите статьи для публикации или --approved.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No approved article is waiting to be published.</source>
        <translation>Нет утверждённых статей, ожидающих публикации.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unpublishing</source>
        <translation>Снятие с публикации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; v%3</source>
        <translation>%1 «%2» v%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (already there)</source>
        <translation>%1 (уже там)</translation>
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
        <translation>снято с публикации: %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>published %1 -&gt; %2</source>
        <translation>опубликовано: %1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>name one article.</source>
        <translation>укажите одну статью.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Article %1 has not been published.</source>
        <translation>Статья %1 не публиковалась.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHEN</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DESTINATION</source>
        <translation>МЕСТО ПУБЛИКАЦИИ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>canceled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>usable</source>
        <translation>действует</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.ui" line="+6"/>
        <source>Someone Else Saved This Article</source>
        <translation>Кто-то другой сохранил эту статью</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your version (not saved)</source>
        <translation>Ваша версия (не сохранена)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Their version (in the database)</source>
        <translation>Их версия (в базе данных)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their version</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Оставить мою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your version on top of theirs; theirs stays in the history</source>
        <translation>Сохранить вашу версию поверх их версии; их версия останется в истории</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Принять их версию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your unsaved edits and load their version</source>
        <translation>Отбросить ваши несохранённые правки и загрузить их версию</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy Mine to a New Article</source>
        <translation>&amp;Копировать мою в новую статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep theirs here and save your version as a separate new article</source>
        <translation>Оставить здесь их версию, а вашу сохранить как отдельную новую статью</translation>
    </message>
    <message>
        <location filename="../app/widgets/ConflictDialog.cpp" line="+14"/>
        <source>While you were editing version %1 of “%2”, version %3 was saved by someone else (at %4). Your edits are not lost: choose what to keep. Paragraphs that differ are highlighted.</source>
        <translation>Пока вы редактировали версию %1 статьи «%2», кто-то другой сохранил версию %3 (%4). Ваши правки не потеряны: выберите, что сохранить. Различающиеся абзацы выделены.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../ui/ConnectServerDialog.ui" line="+6"/>
        <source>Connect to Newsroom Server</source>
        <translation>Подключение к серверу редакции</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work in your newsroom&apos;s shared PostgreSQL database. Ask whoever runs it for these details.</source>
        <translation>Работа в общей базе данных PostgreSQL вашей редакции. Узнайте эти данные у того, кто её обслуживает.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s name or address, or the folder of its Unix socket (starting with /)</source>
        <translation>Имя или адрес сервера либо папка его Unix-сокета (начинается с /)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. newsroom</source>
        <translation>например, newsroom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login on the server. On a newsroom server it is also who you work as.</source>
        <translation>Ваша учётная запись на сервере. На сервере редакции от её имени вы и работаете.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty to use ~/.pgpass</source>
        <translation>Оставьте пустым, чтобы использовать ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for this connection only; Copydesk never stores it. Empty: the password in ~/.pgpass (or PGPASSFILE) is used, and you are asked if the server wants one.</source>
        <translation>Используется только для этого подключения; Copydesk никогда его не сохраняет. Если пусто, используется пароль из ~/.pgpass (или PGPASSFILE), а если сервер его потребует, он будет запрошен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address Copydesk connects to (without the password), as File › Recent lists it and copydesk-cli --db accepts it</source>
        <translation>Адрес, к которому подключается Copydesk (без пароля), в том виде, в каком его показывает Файл › Недавние и принимает copydesk-cli --db</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <location filename="../app/widgets/ConnectServerDialog.cpp" line="+27"/>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Шифровать, если сервер это поддерживает (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypt (require)</source>
        <translation>Всегда шифровать (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt and verify the server&apos;s certificate (verify-full)</source>
        <translation>Шифровать и проверять сертификат сервера (verify-full)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never encrypt (disable)</source>
        <translation>Никогда не шифровать (disable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the connection is encrypted; not used with a Unix socket folder</source>
        <translation>Шифруется ли подключение; не используется с папкой Unix-сокета</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Enter the name of the newsroom&apos;s database.</source>
        <translation>Введите имя базы данных редакции.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+76"/>
        <source>The database is read-only.</source>
        <translation>База данных доступна только для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>The database is busy (another program holds a lock).</source>
        <translation>База данных занята (другая программа удерживает блокировку).</translation>
    </message>
    <message>
        <location line="+161"/>
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
        <location line="+9"/>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) не установлен.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: не удаётся открыть: %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1: was written by a newer Copydesk (schema version %2; this version understands up to %3). Update Copydesk to open it; the file was not changed.</source>
        <translation>%1: файл записан более новой версией Copydesk (версия схемы %2; эта версия понимает до %3). Обновите Copydesk, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+666"/>
        <source>The disk is full: free some space, then try again.</source>
        <translation>Диск заполнен: освободите место и повторите попытку.</translation>
    </message>
    <message>
        <location line="-664"/>
        <source>The database is read-only: the file, its folder or the disk does not allow writing.</source>
        <translation>База данных доступна только для чтения: файл, его папка или диск не допускают запись.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite could not open the file or create its write-ahead log beside it; check that the folder exists and can be written.</source>
        <translation>SQLite не удалось открыть файл или создать рядом с ним журнал упреждающей записи (WAL); проверьте, что папка существует и в неё можно записывать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk or file system reported an error while reading or writing the file.</source>
        <translation>Диск или файловая система сообщили об ошибке при чтении или записи файла.</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>%1: is damaged: the file is cut short (%2 bytes, where its header says %3). It was left untouched; restore it from a backup.</source>
        <translation>%1: файл повреждён: он обрезан (размер в байтах — %2, а по заголовку файла — %3). Он оставлен без изменений; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: cannot be opened: its folder %2 is read-only, and SQLite needs to create its write-ahead log beside the file. Copy the file into a folder you can write to, or make the folder writable; the file was not changed.</source>
        <translation>%1: не удаётся открыть: папка %2 доступна только для чтения, а SQLite нужно создать рядом с файлом журнал упреждающей записи (WAL). Скопируйте файл в папку, в которую можно записывать, или разрешите запись в эту папку; файл не изменён.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot open for writing: %2</source>
        <translation>%1: не удаётся открыть для записи: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Драйвер Qt для PostgreSQL (QPSQL) не установлен (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot connect: %2</source>
        <translation>%1: не удаётся подключиться: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the list of tables</source>
        <translation>чтение списка таблиц</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: is damaged or not a database: %2</source>
        <translation>%1: файл повреждён или не является базой данных: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: is a PostgreSQL database but not a Copydesk database (it has tables but no copydesk_meta table); it was left untouched.</source>
        <translation>%1: это база данных PostgreSQL, но не база данных Copydesk (в ней есть таблицы, но нет таблицы copydesk_meta); она не была изменена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is an SQLite database but not a Copydesk database (it has no copydesk_meta table); it was left untouched.</source>
        <translation>%1: это база данных SQLite, но не Copydesk (в ней нет таблицы copydesk_meta); она оставлена без изменений.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the login %2 has none of the Copydesk roles (copydesk_editor, copydesk_reviewer, copydesk_chief) and may not open this database; ask the newsroom&apos;s database administrator to grant one.</source>
        <translation>%1: у учётной записи %2 нет ни одной из ролей Copydesk (copydesk_editor, copydesk_reviewer, copydesk_chief), и она не может открыть эту базу данных; попросите администратора базы данных редакции назначить роль.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: не удаётся прочитать версию схемы: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: is not a Copydesk database (its copydesk_meta table does not identify it); it was left untouched.</source>
        <translation>%1: это не база данных Copydesk (её таблица copydesk_meta не опознаёт её); она оставлена без изменений.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>switching to write-ahead logging</source>
        <translation>переключение на журнал упреждающей записи (WAL)</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+52"/>
        <source>%1: the newsroom server is still unreachable: %2</source>
        <translation>%1: сервер редакции по-прежнему недоступен: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>starting a transaction</source>
        <translation>начало транзакции</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: cannot start writing inside a read transaction.</source>
        <translation>%1: нельзя начать запись внутри транзакции чтения.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>commit without a transaction</source>
        <translation>фиксация без транзакции</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transaction was rolled back</source>
        <translation>транзакция была откатена</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a statement failed, so the whole change was rolled back.</source>
        <translation>%1: не удалось выполнить инструкцию, поэтому всё изменение было отменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>committing</source>
        <translation>фиксация</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+28"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: ошибка на этапе «%2»: %3</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Another desk changed the same rows at the same moment; try again.</source>
        <translation>С другого рабочего места в тот же момент изменили те же строки; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the newsroom server was lost; Copydesk connects again with the next save, and nothing unsaved is discarded meanwhile.</source>
        <translation>Соединение с сервером редакции потеряно; Copydesk подключится снова при следующем сохранении, а несохранённые данные тем временем не теряются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s disk is full.</source>
        <translation>Диск сервера заполнен.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>nothing to commit</source>
        <translation>нечего фиксировать</translation>
    </message>
</context>
<context>
    <name>DeskRole</name>
    <message>
        <location filename="../app/core/DeskUser.cpp" line="+50"/>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chief</source>
        <translation>Главный редактор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <location filename="../ui/DestinationDialog.ui" line="+6"/>
        <source>Publishing Destination</source>
        <translation>Место публикации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Website, Wire service</source>
        <translation>например, Сайт, Лента агентства</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The publishing system&apos;s hot folder. Each file appears complete, named after the article&apos;s slug and version.</source>
        <translation>«Горячая» папка издательской системы. Каждый файл появляется в ней целиком; его имя — слаг и версия статьи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Формат:</translation>
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
        <translation>Принимает ninjs-документ каждой статьи запросом POST.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request &amp;headers:</source>
        <translation>&amp;Заголовки запроса:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One “Name: value” per line, e.g.
Authorization: Bearer …</source>
        <translation>По одному «Имя: значение» в строке, например
Authorization: Bearer …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra request headers, one “Name: value” per line. Values such as tokens are shown masked everywhere except here.</source>
        <translation>Дополнительные HTTP-заголовки запроса, по одному «Имя: значение» в строке. Значения вроде токенов везде, кроме этого поля, показываются скрытыми.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Время ожидания:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint&apos;s answer must start within this time.</source>
        <translation>Ответ адреса должен начаться в течение этого времени.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Retries:</source>
        <translation>Повто&amp;рные попытки:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Further attempts after a failure that may pass (a server error, too many requests, a network error).</source>
        <translation>Повторные попытки после сбоя, который может пройти (ошибка сервера, слишком много запросов, сетевая ошибка).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Publish to this destination</source>
        <translation>Публиковать &amp;сюда</translation>
    </message>
    <message>
        <location filename="../app/widgets/DestinationDialog.cpp" line="+19"/>
        <source>Hot folder</source>
        <translation>«Горячая» папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP endpoint</source>
        <translation>HTTP-адрес</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add Destination</source>
        <translation>Добавить место публикации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Destination</source>
        <translation>Изменить место публикации</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Choose the Hot Folder</source>
        <translation>Выбор «горячей» папки</translation>
    </message>
</context>
<context>
    <name>DestinationModel</name>
    <message>
        <location filename="../app/models/DestinationModel.cpp" line="+38"/>
        <source>Hot folder</source>
        <translation>«Горячая» папка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP endpoint</source>
        <translation>HTTP-адрес</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Timeout: %1 s, retries: %2</source>
        <translation>Время ожидания: %1 с, повторных попыток: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder or URL</source>
        <translation>Папка или URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
</context>
<context>
    <name>DictionariesPage</name>
    <message>
        <location filename="../ui/DictionariesPage.ui" line="+6"/>
        <source>Dictionaries</source>
        <translation>Словари</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed languages</source>
        <translation>Установленные языки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each article is checked in its own language: the Language field of the article picks the dictionary (en-US uses en_US, de uses de_DE).</source>
        <translation>Каждая статья проверяется на своём языке: поле «Язык» статьи выбирает словарь (для en-US — en_US, для de — de_DE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Installed dictionaries</source>
        <translation>Установленные словари</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Newsroom dictionary</source>
        <translation>Словарь редакции</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Newsroom words</source>
        <translation>Слова редакции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Кто добавил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A word to accept in every article</source>
        <translation>Слово, допустимое во всех статьях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New newsroom word</source>
        <translation>Новое слово редакции</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personal dictionary</source>
        <translation>Личный словарь</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Personal words</source>
        <translation>Личные слова</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>R&amp;emove</source>
        <translation>У&amp;далить</translation>
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
        <translation>Ни один словарь не установлен: ничего не подчёркивается. Установите словарь, например пакет Debian hunspell-ru.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looked up in: %1. Put a dictionary of your own (name.aff and name.dic) in %2.</source>
        <translation>Папки поиска: %1. Собственный словарь (имя.aff и имя.dic) положите в %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a database to see and edit its newsroom dictionary.</source>
        <translation>Откройте базу данных, чтобы просмотреть и изменить её словарь редакции.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accepted in every article of %1, for every desk that works on it.</source>
        <translation>Допустимы во всех статьях базы данных %1, на всех рабочих местах, которые с ней работают.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newsroom dictionary could not be read: %1</source>
        <translation>Не удалось прочитать словарь редакции: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your own words, accepted in every article you edit; kept in %1.</source>
        <translation>Ваши собственные слова, допустимые во всех статьях, которые вы редактируете; хранятся в %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Добавление в словарь редакции</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove from Newsroom Dictionary</source>
        <translation>Удаление из словаря редакции</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove from Personal Dictionary</source>
        <translation>Удаление из личного словаря</translation>
    </message>
</context>
<context>
    <name>DictionaryCatalog</name>
    <message>
        <location filename="../app/spelling/DictionaryCatalog.cpp" line="+246"/>
        <source>No spelling dictionary for the language &quot;%1&quot; is installed (looked for %2), and Debian has no package for it. Put %2.aff and %2.dic in %3 to check this language.</source>
        <translation>Орфографический словарь для языка «%1» не установлен (искали %2), и в Debian нет пакета для него. Чтобы проверять этот язык, положите %2.aff и %2.dic в %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No spelling dictionary for the language &quot;%1&quot; is installed (looked for %2). Install the Debian package %3 (sudo apt install %3), or put %2.aff and %2.dic in %4.</source>
        <translation>Орфографический словарь для языка «%1» не установлен (искали %2). Установите пакет Debian %3 (sudo apt install %3) или положите %2.aff и %2.dic в %4.</translation>
    </message>
</context>
<context>
    <name>DictionaryStore</name>
    <message>
        <location filename="../app/storage/DictionaryStore.cpp" line="+34"/>
        <source>A dictionary word cannot be empty.</source>
        <translation>Слово словаря не может быть пустым.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not one word: a dictionary word cannot contain spaces.</source>
        <translation>«%1» — не одно слово: слово словаря не может содержать пробелы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>looking up article %1</source>
        <translation>поиск статьи %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no article %1.</source>
        <translation>Статьи %1 нет.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the newsroom dictionary</source>
        <translation>чтение словаря редакции</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>adding “%1” to the newsroom dictionary</source>
        <translation>добавление «%1» в словарь редакции</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>removing “%1” from the newsroom dictionary</source>
        <translation>удаление «%1» из словаря редакции</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not in the newsroom dictionary.</source>
        <translation>«%1» нет в словаре редакции.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the ignored words of article %1</source>
        <translation>чтение пропускаемых слов статьи %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ignoring “%1” in article %2</source>
        <translation>пропуск «%1» в статье %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>saving the ignored words of article %1</source>
        <translation>сохранение пропускаемых слов статьи %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/widgets/ExportController.cpp" line="+64"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Export Articles</source>
        <translation>Экспорт статей</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Exported %1 of %2 articles</source>
        <translation>Экспортировано статей: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n article(s) to %1</source>
        <translation>
            <numerusform>%n статья экспортирована в %1</numerusform>
            <numerusform>%n статьи экспортированы в %1</numerusform>
            <numerusform>%n статей экспортировано в %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed.</source>
        <translation>Экспорт не удался.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was exported to %1.</source>
        <translation>В %1 ничего не экспортировано.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.ui" line="+6"/>
        <source>Export Articles</source>
        <translation>Экспорт статей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;open article</source>
        <translation>&amp;Открытая статья</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The articles &amp;selected in the list</source>
        <translation>&amp;Выделенные в списке статьи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every article the list &amp;shows</source>
        <translation>Все статьи, &amp;показанные в списке</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole &amp;library</source>
        <translation>Вся &amp;библиотека</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sources shown:</source>
        <translation>Показ &amp;источников:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Article &amp;address:</source>
        <translation>&amp;Адрес статьи:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://news.example/a/{uuid}</source>
        <translation>https://news.example/a/{uuid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the newsroom publishes an article; {uuid} stands for its uuid. Previous and next links point there.</source>
        <translation>Где редакция публикует статью; {uuid} заменяется её UUID. Туда ведут ссылки на предыдущую и следующую статьи.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NewsML-G2</source>
        <translation>NewsML-G2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Provider:</source>
        <translation>Пос&amp;тавщик:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newsroom named as the provider of every item</source>
        <translation>Редакция, указываемая как поставщик каждого материала</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>F&amp;older:</source>
        <translation>Пап&amp;ка:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder to write the files to</source>
        <translation>Папка, в которую записываются файлы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <location filename="../app/widgets/ExportDialog.cpp" line="+28"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbered source notes at the end</source>
        <translation>Нумерованные примечания об источниках в конце</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After each paragraph, “(Source: …)”</source>
        <translation>После каждого абзаца «(Источник: …)»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Не показывать</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The articles &amp;selected in the list (%1)</source>
        <translation>&amp;Выделенные в списке статьи (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every article the list &amp;shows (%1)</source>
        <translation>Все статьи, &amp;показанные в списке (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole &amp;library (%1)</source>
        <translation>Вся &amp;библиотека (%1)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Each article becomes &lt;slug&gt;-v&lt;version&gt;%1; the files appear together once all are written, and a cancelled export leaves none.</source>
        <translation>Каждая статья записывается в &lt;slug&gt;-v&lt;version&gt;%1; файлы появляются все вместе, когда записаны все, а отменённый экспорт не оставляет ни одного.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to Folder</source>
        <translation>Экспорт в папку</translation>
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
        <translation>Веб-страница HTML5</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../app/widgets/ExportJob.cpp" line="+49"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1: не удаётся создать папку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder is not writable.</source>
        <translation>%1: в папку нельзя записывать.</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../app/core/review/Finding.cpp" line="+61"/>
        <source>the headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the byline</source>
        <translation>подпись автора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meta title %1</source>
        <translation>мета-заголовок %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the meta titles</source>
        <translation>мета-заголовки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paragraph %1</source>
        <translation>абзац %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the body</source>
        <translation>текст статьи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the previous-article link</source>
        <translation>ссылка на предыдущую статью</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the next-article link</source>
        <translation>ссылка на следующую статью</translation>
    </message>
</context>
<context>
    <name>FolderExport</name>
    <message>
        <location filename="../app/storage/FolderExport.cpp" line="+97"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; ни один файл не записан.</translation>
    </message>
</context>
<context>
    <name>GuiBenchRunner</name>
    <message>
        <location filename="../app/bench/gui/GuiBenchRunner.cpp" line="+92"/>
        <source>an X server</source>
        <translation>X-сервер</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>X11 (xcb), DISPLAY=%1, served by %2</source>
        <translation>X11 (xcb), DISPLAY=%1, сервер: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offscreen (QT_QPA_PLATFORM=offscreen: painting to memory, no display)</source>
        <translation>offscreen (QT_QPA_PLATFORM=offscreen: отрисовка в память, без дисплея)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform: %1; screen %2.</source>
        <translation>Платформа: %1; экран %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Не удаётся создать временный каталог: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the directory %1.</source>
        <translation>Не удаётся создать каталог %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists but is not a library this benchmark made with the same options; remove it or choose another --dir.
%2</source>
        <translation>%1 существует, но это не библиотека, созданная этим тестом с теми же параметрами; удалите её или выберите другой --dir.
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reusing %1 (left by --keep; the long article carries the edits of earlier runs).</source>
        <translation>Повторно используется %1 (оставлена --keep; длинная статья содержит правки прежних прогонов).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generating %L1 articles in %2 …</source>
        <translation>Создание %L1 статей в %2 …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generating the library failed (%1).</source>
        <translation>Не удалось создать библиотеку (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The generator did not describe the library it made.</source>
        <translation>Генератор не описал созданную библиотеку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate %L1 list-only rows (one INSERT … SELECT)</source>
        <translation>создание %L1 строк только для списка (один INSERT … SELECT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store %1 full articles (ArticleStore::create)</source>
        <translation>сохранение %1 полных статей (ArticleStore::create)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the finished file to disk (fsync)</source>
        <translation>запись готового файла на диск (fsync)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>library generation in total</source>
        <translation>создание библиотеки, всего</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>library file size</source>
        <translation>размер файла библиотеки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library has %L1 articles: %L2 list-only rows and %3 articles stored through ArticleStore::create (the long one and %4 ordinary ones, newest at the top of the list). List-only rows are rows of the articles table with everything the list shows (headline, status, byline, updated, paragraph and attributed counts) but no paragraphs, attributions or search text: the article list reads only the articles table (SELECT … FROM articles ORDER BY … LIMIT/OFFSET and count(*)), so they cost it exactly what real articles would, and a million of them are written in seconds instead of hours. Opening one shows an empty body; full-text search does not find them.</source>
        <translation>В библиотеке %L1 статей: %L2 строк только для списка и %3 статей, сохранённых через ArticleStore::create (длинная и %4 обычных, самые новые вверху списка). Строки только для списка — это строки таблицы articles со всем, что показывает список (заголовок, статус, автор, время обновления, число абзацев и абзацев с источником), но без абзацев, указаний источников и текста для поиска: список статей читает только таблицу articles (SELECT … FROM articles ORDER BY … LIMIT/OFFSET и count(*)), поэтому они обходятся ему ровно так же, как настоящие статьи, а миллион таких строк записывается за секунды, а не за часы. Если открыть такую статью, текст будет пуст; полнотекстовый поиск их не находит.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The long article: %L1 words in %2 paragraphs with %3 attributions (1–3 per paragraph), id %4.</source>
        <translation>Длинная статья: %L1 слов в %2 абзацах, %3 указаний источников (1–3 на абзац), ID %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generated in %1 s (list-only rows %2 s, full articles %3 s, fsync %4 s); file %5 MB.</source>
        <translation>Создано за %1 с (строки только для списка %2 с, полные статьи %3 с, fsync %4 с); файл %5 МБ.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Startup with %L1 articles</source>
        <translation>Запуск с %L1 статей</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 --version failed: %2</source>
        <translation>%1 --version: ошибка: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>process start → main() (`copydesk --version`)</source>
        <translation>запуск процесса → main() (`copydesk --version`)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a child process: exec, dynamic linking, QApplication (display connection), translators, exit.</source>
        <translation>дочерний процесс: exec, динамическая компоновка, QApplication (подключение к дисплею), переводы, выход.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>main(): Database::open before the window</source>
        <translation>main(): Database::open до окна</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The main window has no articleTable.</source>
        <translation>В главном окне нет articleTable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The article list was not painted within 30 s.</source>
        <translation>Список статей не отрисовался за 30 с.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MainWindow constructor</source>
        <translation>конструктор MainWindow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>openDatabase() (count, first page, opens the first article)</source>
        <translation>openDatabase() (подсчёт, первая страница, открытие первой статьи)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show()</source>
        <translation>show()</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show() returned → list viewport painted and flushed</source>
        <translation>возврат из show() → область списка отрисована и выведена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MainWindow + openDatabase + show → first screen of the list</source>
        <translation>MainWindow + openDatabase + show → первый экран списка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated after start: process + pre-open + window</source>
        <translation>оценка от запуска: процесс + предварительное открытие + окно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sum of the median `copydesk --version` run, main()&apos;s own Database::open and the window figure; the database file is in the OS page cache (it was just written), as on a desk that used it today.</source>
        <translation>сумма медианного прогона `copydesk --version`, собственного Database::open в main() и показателя окна; файл базы данных находится в страничном кэше ОС (он только что записан), как на рабочем месте, где с ним сегодня уже работали.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At startup the window opened article %1 (%2 paragraphs) and listed %L3 rows, %L4 of them read from the database for the first screen.</source>
        <translation>При запуске окно открыло статью %1 (абзацев: %2) и показало в списке %L3 строк, из них %L4 прочитаны из базы данных для первого экрана.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+72"/>
        <location line="+196"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>RSS after opening (VmRSS)</source>
        <translation>RSS после открытия (VmRSS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peak RSS after opening (VmHWM)</source>
        <translation>пиковый RSS после открытия (VmHWM)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The list was not repainted after scrollToBottom().</source>
        <translation>Список не перерисовался после scrollToBottom().</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scrolling</source>
        <translation>Прокрутка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scrollToBottom() → last screen painted</source>
        <translation>scrollToBottom() → последний экран отрисован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last visible row %L1 of %L2 (article id %3).</source>
        <translation>последняя видимая строка %L1 из %L2 (ID статьи %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rows held by the model after scrolling to the end</source>
        <translation>строк в модели после прокрутки до конца</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model keeps at most %L1 pages of %L2 rows; the library has %L3.</source>
        <translation>модель хранит не более %L1 страниц по %L2 строк; в библиотеке %L3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The list was not repainted after a scroll-bar jump.</source>
        <translation>Список не перерисовался после перехода полосой прокрутки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scroll-bar jump to a random position → painted</source>
        <translation>переход полосой прокрутки в случайное место → отрисовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 positions spread over the list; afterwards the model holds %L2 rows.</source>
        <translation>%1 позиций по всему списку; после этого в модели %L2 строк.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RSS after scrolling to the end (VmRSS)</source>
        <translation>RSS после прокрутки до конца (VmRSS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peak RSS after scrolling to the end (VmHWM)</source>
        <translation>пиковый RSS после прокрутки до конца (VmHWM)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not open article %1.</source>
        <translation>Не удалось открыть статью %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+107"/>
        <source>Could not open the long article %1.</source>
        <translation>Не удалось открыть длинную статью %1.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The body was not painted after opening the long article.</source>
        <translation>Текст не отрисовался после открытия длинной статьи.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %L1-word article</source>
        <translation>Статья из %L1 слов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showArticle() → body painted, first time</source>
        <translation>showArticle() → текст отрисован, первый раз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first open in this process (its pages not yet in SQLite&apos;s cache), coming from article %1.</source>
        <translation>первое открытие в этом процессе (его страниц ещё нет в кэше SQLite), переход со статьи %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showArticle() → body painted, again</source>
        <translation>showArticle() → текст отрисован, повторно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each time coming from article %1; showArticle() itself (save check, load, document, editor, inspectors, reader preview) takes %2 ms of it (median of all %3 opens).</source>
        <translation>каждый раз переход со статьи %1; сам showArticle() (проверка сохранения, загрузка, документ, редактор, инспекторы, вид для читателя) занимает из этого %2 мс (медиана всех %3 открытий).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 keys were sent to the body but it grew by %2 characters (read-only: %3, modified: %4).</source>
        <translation>В текст отправлено нажатий: %1, но он вырос на %2 символов (только чтение: %3, изменён: %4).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keystroke + body and gutter repaint()</source>
        <translation>нажатие клавиши + repaint() текста и поля источников</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 letters typed mid-article (paragraph %2 of %3); the spaces between words are typed but not timed.</source>
        <translation>%1 букв набрано в середине статьи (абзац %2 из %3); пробелы между словами набираются, но не измеряются.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keystroke → event loop idle (Qt&apos;s own repaints)</source>
        <translation>нажатие клавиши → цикл событий простаивает (собственная перерисовка Qt)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <source>Saving the typed text failed: %1</source>
        <translation>Не удалось сохранить набранный текст: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Found while measuring: a letter typed right after a save, where the typing before the save left off, does not make the article modified (ArticleDocument::isModified() stays false, the status stays “Saved”, no autosave is scheduled, and switching articles does not save it): QTextDocument merges the insertion into its previous undo command and emits no undoCommandAdded, so no step is pushed on the article&apos;s stack after setClean(). The autosave figure therefore moves the cursor one character back before each letter, which starts a new undo command.</source>
        <translation>Обнаружено при измерениях: буква, набранная сразу после сохранения там, где набор остановился перед сохранением, не помечает статью как изменённую (ArticleDocument::isModified() остаётся false, статус остаётся «Сохранено», автосохранение не планируется, и при переключении статей она не сохраняется): QTextDocument сливает вставку с предыдущей командой отмены и не выдаёт undoCommandAdded, поэтому после setClean() в стек статьи не добавляется ни одного шага. Поэтому показатель автосохранения перед каждой буквой сдвигает курсор на один символ назад, что начинает новую команду отмены.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Typing did not modify the long article.</source>
        <translation>Набор текста не изменил длинную статью.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autosave failed: %1</source>
        <translation>Автосохранение не удалось: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>autosave of one changed paragraph (saveCurrentArticle)</source>
        <translation>автосохранение одного изменённого абзаца (saveCurrentArticle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one letter typed before each save into article %1 (%2 paragraphs); every save writes a revision.</source>
        <translation>перед каждым сохранением в статью %1 (абзацев: %2) вводится одна буква; каждое сохранение записывает ревизию.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RSS with the long article open and edited (VmRSS)</source>
        <translation>RSS с открытой и изменённой длинной статьёй (VmRSS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peak RSS of the whole session (VmHWM)</source>
        <translation>пиковый RSS за весь сеанс (VmHWM)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where the time goes (the parts, one by one)</source>
        <translation>На что уходит время (части по отдельности)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ArticleStore::count (all articles)</source>
        <translation>ArticleStore::count (все статьи)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ArticleStore::list, first page</source>
        <translation>ArticleStore::list, первая страница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ArticleStore::list, middle page</source>
        <translation>ArticleStore::list, средняя страница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ArticleStore::list, last page</source>
        <translation>ArticleStore::list, последняя страница</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (offset %L1)</source>
        <translation> (смещение %L1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ArticleStore::load (the long article)</source>
        <translation>ArticleStore::load (длинная статья)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ArticleDocument from the long article</source>
        <translation>ArticleDocument из длинной статьи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ArticleView::setArticle (hidden Reader Preview tab)</source>
        <translation>ArticleView::setArticle (скрытая вкладка «Вид для читателя»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ArticleDocument::wordCount (status bar, each new undo step)</source>
        <translation>ArticleDocument::wordCount (строка состояния, каждый новый шаг отмены)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HistoryInspector::refresh (hidden dock; twice per save)</source>
        <translation>HistoryInspector::refresh (скрытая панель; дважды за сохранение)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ArticleStore::revision (the version before)</source>
        <translation>ArticleStore::revision (предыдущая версия)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ArticleListModel drafts → all articles, no view</source>
        <translation>ArticleListModel черновики → все статьи, без представления</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ArticleListModel drafts → all articles, QTableView</source>
        <translation>ArticleListModel черновики → все статьи, QTableView</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ArticleStore::save, one paragraph changed</source>
        <translation>ArticleStore::save, изменён один абзац</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading back the state it replaces, as the CLI and imports save.</source>
        <translation>с обратным чтением заменяемого состояния, как сохраняют CLI и импорт.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ArticleStore::save over the editor&apos;s copy, one paragraph changed</source>
        <translation>ArticleStore::save поверх копии редактора, изменён один абзац</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qt %1 (built against %2), SQLite %3; %4, %5 cores; load average %6 at the start, %7 at the end; total run time %8 s.</source>
        <translation>Qt %1 (собрано с %2), SQLite %3; %4, ядер: %5; средняя нагрузка %6 в начале, %7 в конце; общее время прогона %8 с.</translation>
    </message>
</context>
<context>
    <name>GuiReport</name>
    <message>
        <location filename="../app/bench/gui/GuiReport.cpp" line="+115"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>median/value</source>
        <translation>медиана/значение</translation>
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
        <translation>цель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>result</source>
        <translation>результат</translation>
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
        <translation>НЕ ДОСТИГНУТО</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>median/value: the median wall time of n runs, or the single value measured. PASS* = the median meets the target, the p95 does not.</source>
        <translation>медиана/значение: медиана времени за n прогонов или единственное измеренное значение. OK* = медиана укладывается в цель, p95 — нет.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
</context>
<context>
    <name>HeadlineMissingRule</name>
    <message>
        <location filename="../app/core/review/HeadlineMissingRule.cpp" line="+17"/>
        <source>The article has no headline.</source>
        <translation>У статьи нет заголовка.</translation>
    </message>
</context>
<context>
    <name>HistoryInspector</name>
    <message>
        <location filename="../ui/HistoryInspector.ui" line="+8"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Versions</source>
        <translation>Верси&amp;и</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every save makes a version. Select one to see what the current article changed since.</source>
        <translation>Каждое сохранение создаёт версию. Выберите версию, чтобы увидеть, что с тех пор изменилось в статье.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes since the selected version</source>
        <translation>Изменения после выбранной версии</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Audit trail</source>
        <translation>&amp;Журнал аудита</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changes, verifications and review decisions on this article, newest first</source>
        <translation>Смены статуса, подтверждения и решения проверки по этой статье, сначала новые</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History status</source>
        <translation>Состояние истории</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore This Version…</source>
        <translation>Восстановить &amp;эту версию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected version</source>
        <translation>Восстановить выбранную версию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected version&apos;s content current again, as a new version; nothing in the history is lost</source>
        <translation>Сделать содержимое выбранной версии снова текущим — как новую версию; из истории ничего не пропадёт</translation>
    </message>
    <message>
        <location filename="../app/widgets/HistoryInspector.cpp" line="-55"/>
        <source>Restore Version</source>
        <translation>Восстановление версии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Reading the history failed: %1</source>
        <translation>Не удалось прочитать историю: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the audit trail failed: %1</source>
        <translation>Не удалось прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Restore version %1 of this article?</source>
        <translation>Восстановить версию %1 этой статьи?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The headline, summary, byline, body and meta titles of version %1 become the current content, saved as a new version. The current text stays in the history, and unsaved changes are saved first.</source>
        <translation>Заголовок, краткое содержание, подпись автора, текст и мета-заголовки версии %1 станут текущим содержимым и будут сохранены как новая версия. Текущий текст останется в истории, а несохранённые изменения будут сначала сохранены.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading version %1 failed: %2</source>
        <translation>Не удалось прочитать версию %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No article is open.</source>
        <translation>Ни одна статья не открыта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This article has not been saved yet, so it has no history.</source>
        <translation>Эта статья ещё не сохранялась, поэтому истории у неё нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a version to see what changed since.</source>
        <translation>Выберите версию, чтобы увидеть, что изменилось с тех пор.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No unsaved changes: the article is as saved in version %1.</source>
        <translation>Несохранённых изменений нет: статья такая же, как в версии %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes since version %1:</source>
        <translation>Несохранённые изменения после версии %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current article has the same content as version %1 (saved %2).</source>
        <translation>Текущая статья совпадает по содержимому с версией %1 (сохранена %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the current article changed since version %1 (saved %2):</source>
        <translation>Что изменилось в статье после версии %1 (сохранена %2):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>удалено</translation>
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
        <translation>Нет времени читать? Вот краткое содержание</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+150"/>
        <location line="+69"/>
        <source>Untitled article</source>
        <translation>Статья без заголовка</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>(Source: %1)</source>
        <translation>(Источник: %1)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>More articles</source>
        <translation>Другие статьи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next article</source>
        <translation>Следующая статья</translation>
    </message>
</context>
<context>
    <name>HttpPoster</name>
    <message>
        <location filename="../app/publish/HttpPoster.cpp" line="+103"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 ответил HTTP %2 %3</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 не ответил за %2 с</translation>
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
        <translation>Не удаётся прочитать файл орфографического словаря %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spelling dictionary %1 declares the encoding &quot;%2&quot;, which is not supported.</source>
        <translation>В орфографическом словаре %1 указана кодировка «%2», которая не поддерживается.</translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <location filename="../app/core/ImportedArticle.cpp" line="+24"/>
        <source>the file is %1 bytes; an article file may be at most %2 MiB (%3 bytes)</source>
        <translation>размер файла в байтах — %1; файл статьи может занимать не более %2 МиБ (%3 байт)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1: длина %2, а допускается не более %3 символов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the article has more than %1 body paragraphs, the most an import accepts</source>
        <translation>в статье больше %1 абзацев текста — это максимум для импорта</translation>
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
        <translation>UTF-16 (little-endian, без метки порядка байтов)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-16 (big-endian, without a byte order mark)</source>
        <translation>UTF-16 (big-endian, без метки порядка байтов)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is encoded in %1; save it as UTF-8</source>
        <translation>файл в кодировке %1; сохраните его в кодировке UTF-8</translation>
    </message>
</context>
<context>
    <name>LibraryTransfer</name>
    <message>
        <location filename="../app/storage/LibraryTransfer.cpp" line="+66"/>
        <source>%1 has schema version %2 but %3 has %4; open both with this Copydesk first.</source>
        <translation>У %1 версия схемы %2, а у %3 — %4; сначала откройте обе базы этой версией Copydesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking that the target is empty</source>
        <translation>проверка того, что целевая база пуста</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not empty (its table %2 has %3 rows); migrate copies into a new or empty database only, nothing was changed.</source>
        <translation>%1 не пуста (в её таблице %2 строк: %3); migrate копирует только в новую или пустую базу данных, ничего не изменено.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>copying rows as they are (the newsroom rules are installed)</source>
        <translation>копирование строк как есть (правила редакции установлены)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrate into the database before running init, or as a superuser.</source>
        <translation>Выполните перенос в базу данных до запуска init или от имени суперпользователя.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The copy of table %1 differs (%2 rows, checksum %3 in %4; %5 rows, checksum %6 in %7); nothing was copied.</source>
        <translation>Копия таблицы %1 отличается (строк: %2, контрольная сумма %3 в %4; строк: %5, контрольная сумма %6 в %7); ничего не скопировано.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>analyzing the copied tables</source>
        <translation>анализ скопированных таблиц</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no table %2.</source>
        <translation>В %1 нет таблицы %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>reading table %1</source>
        <translation>чтение таблицы %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>copying table %1</source>
        <translation>копирование таблицы %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the links between articles</source>
        <translation>чтение ссылок между статьями</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copying the links between articles</source>
        <translation>копирование ссылок между статьями</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>building the search index</source>
        <translation>построение поискового индекса</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>setting the id counter of %1</source>
        <translation>установка счётчика идентификаторов %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checksumming table %1</source>
        <translation>вычисление контрольной суммы таблицы %1</translation>
    </message>
</context>
<context>
    <name>LinkBrokenRule</name>
    <message>
        <location filename="../app/core/review/LinkBrokenRule.cpp" line="+29"/>
        <source>The next-article link points to “%1”, which no longer exists.</source>
        <translation>Ссылка на следующую статью указывает на «%1», которой больше нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous-article link points to “%1”, which no longer exists.</source>
        <translation>Ссылка на предыдущую статью указывает на «%1», которой больше нет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The next article, “%1”, has no previous-article link back to this one.</source>
        <translation>Следующая статья, «%1», не ссылается обратно на эту как на предыдущую.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next article, “%1”, links back to another article (id %2) as its previous one.</source>
        <translation>Следующая статья, «%1», ссылается как на предыдущую на другую статью (ID %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The previous article, “%1”, has no next-article link back to this one.</source>
        <translation>Предыдущая статья, «%1», не ссылается обратно на эту как на следующую.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous article, “%1”, links back to another article (id %2) as its next one.</source>
        <translation>Предыдущая статья, «%1», ссылается как на следующую на другую статью (ID %2).</translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <location filename="../app/models/LinkCommand.cpp" line="+12"/>
        <source>Save the article before linking it to another article.</source>
        <translation>Сохраните статью, прежде чем связывать её с другой.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link previous article “%1”</source>
        <translation>связывание с предыдущей статьёй «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link next article “%1”</source>
        <translation>связывание со следующей статьёй «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink previous article</source>
        <translation>удаление связи с предыдущей статьёй</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlink next article</source>
        <translation>удаление связи со следующей статьёй</translation>
    </message>
</context>
<context>
    <name>LinkCycleRule</name>
    <message>
        <location filename="../app/core/review/LinkCycleRule.cpp" line="+67"/>
        <source>The previous-article link points to this article.</source>
        <translation>Ссылка на предыдущую статью указывает на эту же статью.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next-article link points to this article.</source>
        <translation>Ссылка на следующую статью указывает на эту же статью.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is both the previous and the next article, so the chain loops.</source>
        <translation>«%1» — одновременно предыдущая и следующая статья, поэтому цепочка замыкается.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Following the next-article links from this article comes back to it: the chain loops.</source>
        <translation>Переходы по ссылкам на следующую статью от этой статьи возвращают к ней же: цепочка замыкается.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Following the previous-article links from this article comes back to it: the chain loops.</source>
        <translation>Переходы по ссылкам на предыдущую статью от этой статьи возвращают к ней же: цепочка замыкается.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chain of next-article links after this article loops without ending.</source>
        <translation>Цепочка ссылок на следующие статьи после этой статьи зацикливается и не заканчивается.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain of previous-article links before this article loops without ending.</source>
        <translation>Цепочка ссылок на предыдущие статьи перед этой статьёй зацикливается и не заканчивается.</translation>
    </message>
</context>
<context>
    <name>LinkTargetStatusRule</name>
    <message>
        <location filename="../app/core/review/LinkTargetStatusRule.cpp" line="+33"/>
        <source>The next article, “%1”, is not approved or published (status: %2).</source>
        <translation>Следующая статья, «%1», не утверждена и не опубликована (статус: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The previous article, “%1”, is not approved or published (status: %2).</source>
        <translation>Предыдущая статья, «%1», не утверждена и не опубликована (статус: %2).</translation>
    </message>
</context>
<context>
    <name>LinksInspector</name>
    <message>
        <location filename="../ui/LinksInspector.ui" line="+8"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Previous</source>
        <translation>Пре&amp;дыдущая</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>Search headlines to link…</source>
        <translation>Поиск по заголовкам для связи…</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Find the previous article</source>
        <translation>Найти предыдущую статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words of a headline, then choose the article that comes before this one</source>
        <translation>Введите слова из заголовка и выберите статью, которая идёт перед этой</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Previous article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+1"/>
        <source>Open the previous article</source>
        <translation>Открыть предыдущую статью</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unlink the previous article</source>
        <translation>Отвязать предыдущую статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the previous article (both articles are updated)</source>
        <translation>Удалить связь с предыдущей статьёй (обновляются обе статьи)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next</source>
        <translation>Сл&amp;едующая</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the next article</source>
        <translation>Найти следующую статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words of a headline, then choose the article that follows this one</source>
        <translation>Введите слова из заголовка и выберите статью, которая идёт после этой</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next article</source>
        <translation>Следующая статья</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Open the next article</source>
        <translation>Открыть следующую статью</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlink the next article</source>
        <translation>Отвязать следующую статью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the link to the next article (both articles are updated)</source>
        <translation>Удалить связь со следующей статьёй (обновляются обе статьи)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link message</source>
        <translation>Сообщение о связи</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why the link was refused</source>
        <translation>Почему связь отклонена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss the message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/widgets/LinksInspector.cpp" line="+249"/>
        <source>&amp;Series</source>
        <translation>Сери&amp;я</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The articles of this series, first to last. Double-click or press Enter to open one.</source>
        <translation>Статьи этой серии, от первой до последней. Чтобы открыть статью, дважды щёлкните её или нажмите Enter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/widgets/LinksInspector.cpp" line="+33"/>
        <source>This article is not part of a series yet. Link a previous or next article to start one.</source>
        <translation>Эта статья пока не входит в серию. Свяжите её с предыдущей или следующей статьёй, чтобы начать серию.</translation>
    </message>
    <message>
        <location filename="../app/widgets/LinksInspector.cpp" line="-262"/>
        <location line="+157"/>
        <source>Untitled article #%1</source>
        <translation>Статья без заголовка №%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Searching the headlines failed: %1</source>
        <translation>Не удалось выполнить поиск по заголовкам: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article %1 (%2), by %3</source>
        <translation>Статья %1 (%2), автор: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no byline</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not unlink.</source>
        <translation>Не удалось удалить связь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was not linked as the previous article.</source>
        <translation>«%1» не связана как предыдущая статья.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was not linked as the next article.</source>
        <translation>«%1» не связана как следующая статья.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Article %1</source>
        <translation>Статья %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No previous article</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No next article</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the article to link it to others.</source>
        <translation>Сохраните статью, чтобы связать её с другими.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No article is open.</source>
        <translation>Ни одна статья не открыта.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the series failed: %1</source>
        <translation>Не удалось прочитать серию: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>&amp;Series (%n articles)</source>
        <translation>
            <numerusform>Сери&amp;я (%n статья)</numerusform>
            <numerusform>Сери&amp;я (%n статьи)</numerusform>
            <numerusform>Сери&amp;я (%n статей)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Untitled article</source>
        <translation>Статья без заголовка</translation>
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
        <translation>%1. %2 (эта статья)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This article</source>
        <translation>Эта статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article %1: double-click to open it</source>
        <translation>Статья %1: дважды щёлкните, чтобы открыть</translation>
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
        <location line="+42"/>
        <location line="+37"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Reader Preview</source>
        <translation>Вид для &amp;читателя</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent Databases</source>
        <translation>Н&amp;едавние базы данных</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main Toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New &amp;Article</source>
        <translation>Новая с&amp;татья</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new article in this database</source>
        <translation>Начать новую статью в этой базе данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import plain-text or ninjs articles</source>
        <translation>Импортировать статьи в текстовом формате или ninjs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the selected articles as ninjs files</source>
        <translation>Экспортировать выбранные статьи в файлы ninjs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Now</source>
        <translation>&amp;Сохранить сейчас</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the article now (it is also saved automatically)</source>
        <translation>Сохранить статью сейчас (она сохраняется и автоматически)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete Article…</source>
        <translation>&amp;Удалить статью…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the open article</source>
        <translation>Удалить открытую статью</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find in Article…</source>
        <translation>На&amp;йти в статье…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find text in the article body</source>
        <translation>Найти текст в тексте статьи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search Articles</source>
        <translation>По&amp;иск по статьям</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search all articles by their words</source>
        <translation>Искать слова во всех статьях</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source &amp;Registry…</source>
        <translation>&amp;Реестр источников…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename, merge and edit the shared sources</source>
        <translation>Переименовать, объединить и изменить общие источники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>&amp;Connect to Newsroom Server…</source>
        <translation>&amp;Подключиться к серверу редакции…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work in your newsroom&apos;s shared PostgreSQL database</source>
        <translation>Работа в общей базе данных PostgreSQL вашей редакции</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Review Queue</source>
        <translation>&amp;Очередь на проверку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review Queue: the articles in review, the longest waiting first</source>
        <translation>Очередь на проверку: статьи на проверке, сначала ждущие дольше всех</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the articles waiting for review, the longest waiting first; turn off to return to the previous list</source>
        <translation>Показать статьи, ожидающие проверки, начиная с ждущих дольше всех; выключите, чтобы вернуться к прежнему списку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Copydesk</source>
        <translation>&amp;О программе Copydesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/widgets/MainWindow.cpp" line="+82"/>
        <source>Copydesk databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Базы данных Copydesk (*.sqlite *.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Server Password</source>
        <translation>Пароль сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newsroom server %1 needs your password. It is used for this connection only, never stored.</source>
        <translation>Серверу редакции %1 нужен ваш пароль. Он используется только для этого подключения и никогда не сохраняется.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save state</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+470"/>
        <source>No database is open.</source>
        <translation>Ни одна база данных не открыта.</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Take &amp;Over Article…</source>
        <translation>Пере&amp;хватить статью…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the lock of this article from the desk editing it (chiefs only)</source>
        <translation>Перехватить блокировку этой статьи у рабочего места, где её редактируют (только для главного редактора)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not list the articles: %1</source>
        <translation>Не удалось получить список статей: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+172"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Your changes to this article could not be saved, so Copydesk stays open to keep them.

%1

Fix the problem (for example free disk space or make the database writable) and close again, or copy your text elsewhere.</source>
        <translation>Не удалось сохранить ваши изменения в этой статье, поэтому Copydesk остаётся открытым, чтобы их не потерять.

%1

Устраните проблему (например, освободите место на диске или сделайте базу данных доступной для записи) и закройте программу снова либо скопируйте текст в другое место.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The open article could not be saved: %1</source>
        <translation>Не удалось сохранить открытую статью: %1</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>The article you are editing could not be saved, so it stays open.

%1</source>
        <translation>Не удалось сохранить статью, которую вы редактируете, поэтому она остаётся открытой.

%1</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Loaded version %1 from the database.</source>
        <translation>Загружена версия %1 из базы данных.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your version was saved as a new article (id %1).</source>
        <translation>Ваша версия сохранена как новая статья (ID %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 was saved elsewhere; your edits are not saved yet.</source>
        <translation>Версия %1 сохранена в другом месте; ваши правки ещё не сохранены.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Locked by %1 since %2</source>
        <translation>Заблокировано: %1 с %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not lock the article: %1</source>
        <translation>Не удалось заблокировать статью: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not release the article&apos;s lock: %1</source>
        <translation>Не удалось снять блокировку статьи: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take Over…</source>
        <translation>Перехватить…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not renew the article&apos;s lock: %1</source>
        <translation>Не удалось продлить блокировку статьи: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 took over this article; edits you had not saved were saved as a version first. It is read-only now.</source>
        <translation>%1 перехватил(а) эту статью; ваши несохранённые изменения были предварительно сохранены как версия. Теперь статья доступна только для чтения.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <source>Take Over Article</source>
        <translation>Перехват статьи</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1. Take the article over?</source>
        <translation>%1. Перехватить статью?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their unsaved edits are saved as a new version first, and their editor becomes read-only.</source>
        <translation>Несохранённые изменения другого пользователя будут предварительно сохранены как новая версия, а его редактор станет доступен только для чтения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take Over</source>
        <translation>Перехватить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not take the article over.

%1</source>
        <translation>Не удалось перехватить статью.

%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You took the article over from %1; their unsaved edits were saved as a new version first.</source>
        <translation>Вы перехватили статью у %1; несохранённые изменения были предварительно сохранены как новая версия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You took the article over from %1.</source>
        <translation>Вы перехватили статью у %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This article was deleted at another desk.</source>
        <translation>Эта статья была удалена на другом рабочем месте.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 closed the article; you can edit it now.</source>
        <translation>%1 закрыл(а) статью; теперь вы можете её редактировать.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New Article</source>
        <translation>Новая статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not create the article.

%1</source>
        <translation>Не удалось создать статью.

%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no headline)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Delete Article</source>
        <translation>Удаление статьи</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Delete “%1” and its whole history? Its previous and next articles are unlinked from it. This cannot be undone.</source>
        <translation>Удалить «%1» вместе со всей историей? Связи с предыдущей и следующей статьями будут удалены. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not delete the article.

%1</source>
        <translation>Не удалось удалить статью.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+33"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Articles (*.txt *.json);;Plain-text articles (*.txt);;ninjs (*.json);;All files (*)</source>
        <translation>Статьи (*.txt *.json);;Статьи в текстовом формате (*.txt);;ninjs (*.json);;Все файлы (*)</translation>
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
        <translation>Ничего не импортировано:

%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Импортирована %n статья.</numerusform>
            <numerusform>Импортировано %n статьи.</numerusform>
            <numerusform>Импортировано %n статей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” is not in this article.</source>
        <translation>«%1» в этой статье не найдено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore Version</source>
        <translation>Восстановление версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore version %1.

%2</source>
        <translation>Не удалось восстановить версию %1.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored version %1 as version %2.</source>
        <translation>Версия %1 восстановлена как версия %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newsroom server %1 decides who you are: you work as its login %2, %3. The name and role in Preferences apply to local databases only.</source>
        <translation>Сервер редакции %1 сам определяет, кто вы: вы работаете от имени его учётной записи %2, %3. Имя и роль в настройках применяются только к локальным базам данных.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No newsroom role</source>
        <translation>Нет роли в редакции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You work as %1, %2. Change your name and role in Preferences.</source>
        <translation>Вы работаете как %1 (роль: %2). Имя и роль можно изменить в настройках.</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
            <numerusform>%n мин чтения</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No paragraphs</source>
        <translation>Нет абзацев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributed %1%</source>
        <translation>С источником: %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n paragraph(s) cite a source</source>
        <translation>
            <numerusform>Источник указан в %1 из %n абзаца</numerusform>
            <numerusform>Источник указан в %1 из %n абзацев</numerusform>
            <numerusform>Источник указан в %1 из %n абзацев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Copydesk could not connect to the newsroom server.

%1</source>
        <translation>Copydesk не удалось подключиться к серверу редакции.

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copydesk could not connect to the newsroom server %1.

%2</source>
        <translation>Copydesk не удалось подключиться к серверу редакции %1.

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Cannot Open Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Copydesk could not open %1.

%2</source>
        <translation>Copydesk не удалось открыть %1.

%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="-1022"/>
        <source>No articles match the search.</source>
        <translation>Нет статей, соответствующих поиску.</translation>
    </message>
    <message>
        <location line="-411"/>
        <source>Attributions</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meta Titles</source>
        <translation>Мета-заголовки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Find in article</source>
        <translation>Найти в статье</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>This database has no articles yet.</source>
        <translation>В этой базе данных пока нет статей.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+401"/>
        <source>Could not load the article: %1</source>
        <translation>Не удалось загрузить статью: %1</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>No database</source>
        <translation>Нет базы данных</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Article count unavailable</source>
        <translation>Число статей недоступно</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
        <location line="+69"/>
        <source>Cannot Connect to Server</source>
        <translation>Не удаётся подключиться к серверу</translation>
    </message>
    <message>
        <location line="+96"/>
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
    <name>MetaTitleInspector</name>
    <message>
        <location filename="../ui/MetaTitleInspector.ui" line="+14"/>
        <location line="+3"/>
        <source>Meta titles</source>
        <translation>Мета-заголовки</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add variant</source>
        <translation>Добавить вариант</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove variant</source>
        <translation>Удалить вариант</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move variant up</source>
        <translation>Переместить вариант вверх</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move variant down</source>
        <translation>Переместить вариант вниз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose variant</source>
        <translation>Выбрать вариант</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Meta title variants</source>
        <translation>Варианты мета-заголовка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per variant: chosen, title, characters, width in pixels, notes</source>
        <translation>Одна строка на вариант: выбран ли, заголовок, символы, ширина в пикселях, заметки</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Meta title hint</source>
        <translation>Подсказка о мета-заголовке</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search result preview</source>
        <translation>Предпросмотр в результатах поиска</translation>
    </message>
    <message>
        <location filename="../app/widgets/MetaTitleInspector.cpp" line="+41"/>
        <source>&amp;Add Variant</source>
        <translation>&amp;Добавить вариант мета-заголовка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a meta-title variant</source>
        <translation>Добавить вариант мета-заголовка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Variant</source>
        <translation>&amp;Удалить вариант</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected variant</source>
        <translation>Удалить выбранный вариант</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected variant up</source>
        <translation>Переместить выбранный вариант вверх</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected variant down</source>
        <translation>Переместить выбранный вариант вниз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose Variant</source>
        <translation>Вы&amp;брать вариант</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected variant as the title in search results</source>
        <translation>Использовать выбранный вариант как заголовок в результатах поиска</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>No meta-title variants yet: search results show the headline.</source>
        <translation>Вариантов мета-заголовка пока нет: в результатах поиска показывается заголовок статьи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No variant is chosen: search results show the headline.</source>
        <translation>Вариант не выбран: в результатах поиска показывается заголовок статьи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variants %1 and %2 are the same title apart from case and punctuation.</source>
        <translation>Варианты %1 и %2 совпадают, если не считать регистра и знаков препинания.</translation>
    </message>
</context>
<context>
    <name>MetaTitleModel</name>
    <message>
        <location filename="../app/models/MetaTitleModel.cpp" line="+121"/>
        <source>Add meta title</source>
        <translation>добавление мета-заголовка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove meta title</source>
        <translation>удаление мета-заголовка</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+42"/>
        <source>Move meta title</source>
        <translation>перемещение мета-заголовка</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose meta title</source>
        <translation>выбор мета-заголовка</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Move meta titles</source>
        <translation>перемещение мета-заголовков</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%L1 px</source>
        <translation>%L1 px</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The chosen variant: the page&apos;s title in search results</source>
        <translation>Выбранный вариант: заголовок страницы в результатах поиска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this variant as the page&apos;s title in search results</source>
        <translation>Выбрать этот вариант как заголовок страницы в результатах поиска</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+58"/>
        <source>Chosen</source>
        <translation>Выбран</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Not chosen</source>
        <translation>Не выбран</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fits in search results</source>
        <translation>Помещается в результаты поиска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close to the %1 px cut of search results</source>
        <translation>Близко к обрезке на %1 px в результатах поиска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wider than %1 px: search results cut this title</source>
        <translation>Шире %1 px: в результатах поиска этот заголовок обрежется</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit meta title</source>
        <translation>изменение мета-заголовка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit meta title notes</source>
        <translation>изменение заметок к мета-заголовку</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chars</source>
        <translation>Симв.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The variant used as the title in search results (exactly one)</source>
        <translation>Вариант, используемый как заголовок в результатах поиска (ровно один)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of characters</source>
        <translation>Число символов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width at Arial 20 px; search engines cut titles near %1 px</source>
        <translation>Ширина шрифтом Arial 20 px; поисковики обрезают заголовки около %1 px</translation>
    </message>
</context>
<context>
    <name>NewsroomServer</name>
    <message>
        <location filename="../app/storage/NewsroomServer.cpp" line="+140"/>
        <source>%1: init sets up a shared PostgreSQL database; an SQLite file needs none.</source>
        <translation>%1: init настраивает общую базу данных PostgreSQL; файлу SQLite это не нужно.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the schema name</source>
        <translation>чтение имени схемы</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>setting up the newsroom roles and rules</source>
        <translation>настройка ролей и правил редакции</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>reading who is logged in</source>
        <translation>определение текущей учётной записи</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the login %2 has none of the Copydesk roles (%3, %4, %5); ask the newsroom&apos;s database administrator to grant one.</source>
        <translation>%1: у учётной записи %2 нет ни одной из ролей Copydesk (%3, %4, %5); попросите администратора базы данных редакции назначить роль.</translation>
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
        <location line="+481"/>
        <source>invalid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the key &quot;%1&quot; appears twice in the same object</source>
        <translation>ключ «%1» встречается дважды в одном объекте</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a ninjs object, got %1</source>
        <translation>ожидался объект ninjs, получено: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the %1 contains a NUL character (U+0000)</source>
        <translation>%1 содержит символ NUL (U+0000)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 contains an unpaired surrogate (\u%2), which is not a character</source>
        <translation>%1 содержит непарный суррогат (\u%2), который не является символом</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected &quot;ninjs&quot;, got &quot;%1&quot;</source>
        <translation>ожидалось «ninjs», получено «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uri</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+201"/>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>«%1» — не абсолютный URI</translation>
    </message>
    <message>
        <location line="-188"/>
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
        <location line="+14"/>
        <source>byline</source>
        <translation>подпись автора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slugline</source>
        <translation>слаг</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meta title</source>
        <translation>мета-заголовок</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+11"/>
        <source>summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a second summary</source>
        <translation>второе краткое содержание</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a second main body</source>
        <translation>второй основной текст</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unsupported content type &quot;%1&quot; (expected text/html or text/plain)</source>
        <translation>неподдерживаемый тип содержимого «%1» (ожидался text/html или text/plain)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, paragraph %1</source>
        <translation>, абзац %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>source name</source>
        <translation>название источника</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>PersonalDictionary</name>
    <message>
        <location filename="../app/spelling/PersonalDictionary.cpp" line="+37"/>
        <source>Cannot read the personal dictionary %1: it is a folder, not a file.</source>
        <translation>Не удаётся прочитать личный словарь %1: это папка, а не файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Cannot read the personal dictionary %1: %2</source>
        <translation>Не удаётся прочитать личный словарь %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the personal dictionary %1: line %2 is not UTF-8 text. Convert the file to UTF-8.</source>
        <translation>Не удаётся прочитать личный словарь %1: строка %2 — не текст в UTF-8. Преобразуйте файл в UTF-8.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 Your change is not saved, so the file stays as it is.</source>
        <translation>%1 Ваше изменение не сохранено, поэтому файл остаётся без изменений.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1 for the personal dictionary.</source>
        <translation>Не удаётся создать папку %1 для личного словаря.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Cannot write the personal dictionary %1: %2</source>
        <translation>Не удаётся записать личный словарь %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; cannot be added to the personal dictionary: a word must not be empty or contain spaces.</source>
        <translation>«%1» нельзя добавить в личный словарь: слово не может быть пустым или содержать пробелы.</translation>
    </message>
</context>
<context>
    <name>PlaceholderRule</name>
    <message>
        <location filename="../app/core/review/PlaceholderRule.cpp" line="+129"/>
        <source>Placeholder text “%1” in %2.</source>
        <translation>Текст-заполнитель «%1» (%2).</translation>
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
        <translation>файл пуст</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+10"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the %1 field is given twice (first on line %2)</source>
        <translation>поле %1 указано дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the %1 field is empty</source>
        <translation>поле %1 пустое</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 field</source>
        <translation>поле %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a language tag (BCP 47, such as en-US or fr)</source>
        <translation>«%1» — не языковой тег (BCP 47, например en-US или fr)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the source marker names no source</source>
        <translation>в пометке об источнике не назван источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the source marker has no paragraph text before it; put it at the end of the paragraph it attributes</source>
        <translation>перед пометкой об источнике нет текста абзаца; поставьте её в конец абзаца, к которому она относится</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>source name</source>
        <translation>название источника</translation>
    </message>
</context>
<context>
    <name>PluralSourcesRule</name>
    <message>
        <location filename="../app/core/review/PluralSourcesRule.cpp" line="+96"/>
        <source>“%1” in %2, but the paragraph cites only one source, “%3”.</source>
        <translation>«%1» (%2), но абзац ссылается только на один источник — «%3».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” in %2, but the article cites only one source, “%3”.</source>
        <translation>«%1» (%2), но статья ссылается только на один источник — «%3».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” in %2, but the article cites no source.</source>
        <translation>«%1» (%2), но статья не ссылается ни на один источник.</translation>
    </message>
</context>
<context>
    <name>PosixFileBatch</name>
    <message>
        <location filename="../app/bench/PosixFileBatch.cpp" line="+33"/>
        <location line="+38"/>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot close %1</source>
        <translation>не удаётся закрыть %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open %1</source>
        <translation>не удаётся открыть %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>cannot sync %1 to disk</source>
        <translation>не удаётся сбросить %1 на диск</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot rename to %1</source>
        <translation>не удаётся переименовать в %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>needs Linux (syncfs)</source>
        <translation>нужен Linux (syncfs)</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <location filename="../app/storage/PostgresAddress.cpp" line="+38"/>
        <source>%1: is not a valid PostgreSQL URL (expected postgresql://user@host:port/database).</source>
        <translation>%1: недопустимый URL PostgreSQL (ожидается postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: names no database (expected postgresql://user@host:port/database).</source>
        <translation>%1: не указана база данных (ожидается postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the port “%2” is not a number.</source>
        <translation>%1: порт «%2» не является числом.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the value of %2 may not contain ; or &apos;.</source>
        <translation>%1: значение %2 не может содержать ; или &apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: unknown connection option “%2”.</source>
        <translation>%1: неизвестный параметр подключения «%2».</translation>
    </message>
</context>
<context>
    <name>PostgresBench</name>
    <message>
        <location filename="../app/bench/PostgresBench.cpp" line="+138"/>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>opening %1</source>
        <translation>открытие %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--postgres: %1 is not a postgresql:// URL.</source>
        <translation>--postgres: %1 не является URL postgresql://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>counting the articles of %1</source>
        <translation>подсчёт статей в %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already holds %2 articles. The postgres benchmark fills an empty database and deletes nothing: create a new one (CREATE DATABASE ...) and pass its URL.</source>
        <translation>%1 уже содержит статей: %2. Тест postgres заполняет пустую базу данных и ничего не удаляет: создайте новую (CREATE DATABASE ...) и передайте её URL.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>PostgreSQL %1 at %2 (fsync %3, synchronous_commit %4, full_page_writes %5, shared_buffers %6)</source>
        <translation>PostgreSQL %1 на %2 (fsync %3, synchronous_commit %4, full_page_writes %5, shared_buffers %6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>: durability is off on this server, so the write figures are better than a production server with durable commits would give</source>
        <translation>: на этом сервере отключена надёжность записи, поэтому показатели записи лучше, чем дал бы рабочий сервер с надёжной фиксацией</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postgres: %1</source>
        <translation>postgres: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>postgres: generating and importing %1 articles in batches of %2…</source>
        <translation>postgres: создание и импорт статей (%1) пакетами по %2…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>importing into PostgreSQL</source>
        <translation>импорт в PostgreSQL</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>linking</source>
        <translation>связывание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>postgres:   %1 articles imported (%2 articles/s so far)</source>
        <translation>postgres:   импортировано статей: %1 (пока %2 статей/с)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PostgreSQL: import %1 articles (importArticles, %2 per call)</source>
        <translation>PostgreSQL: импорт статей (%1) (importArticles, %2 за вызов)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one transaction per call; %1 ms per call; then %2 link() calls at %3 ms each (not in the rate); database %4 MB afterwards; %5</source>
        <translation>одна транзакция на вызов; %1 мс на вызов; затем %2 вызовов link() по %3 мс (не входит в скорость); база данных после этого — %4 МБ; %5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>postgres: load, 1,000 random articles…</source>
        <translation>postgres: загрузка, 1 000 случайных статей…</translation>
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
        <translation>PostgreSQL: загрузка одной случайной статьи (статей: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>postgres: save one edited paragraph, 500 random articles…</source>
        <translation>postgres: сохранение одного изменённого абзаца, 500 случайных статей…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL: save one edited paragraph (save())</source>
        <translation>PostgreSQL: сохранение одного изменённого абзаца (save())</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save() reads the stored article back in its transaction, writes the revision, the article row, the paragraph and the search text</source>
        <translation>save() заново читает сохранённую статью в своей транзакции и записывает редакцию, строку статьи, абзац и текст для поиска</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>postgres: ANALYZE…</source>
        <translation>postgres: ANALYZE…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ANALYZE failed: %1</source>
        <translation>ошибка ANALYZE: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PostgreSQL: ANALYZE once</source>
        <translation>PostgreSQL: однократный ANALYZE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gives the planner the statistics of the imported library, as autovacuum does in the background a while after a bulk import</source>
        <translation>даёт планировщику статистику импортированной библиотеки, как это делает autovacuum в фоне через некоторое время после массового импорта</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PostgreSQL: search top 50: common word “%1”</source>
        <translation>PostgreSQL: поиск, первые 50: частое слово «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL: search top 50: rare proper noun “%1”</source>
        <translation>PostgreSQL: поиск, первые 50: редкое имя собственное «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL: search top 50: two words “%1”</source>
        <translation>PostgreSQL: поиск, первые 50: два слова «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, after ANALYZE</source>
        <translation>, после ANALYZE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, right after the import</source>
        <translation>, сразу после импорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postgres: search “%1”%2…</source>
        <translation>postgres: поиск «%1»%2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>count “%1”</source>
        <translation>подсчёт «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search “%1” returned the wrong number of rows</source>
        <translation>поиск «%1» вернул неверное число строк</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 matching articles</source>
        <translation>подходящих статей: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>postgres: %1 clients, each with its own connection, saving %2 times among %3 shared articles…</source>
        <translation>postgres: клиентов: %1, у каждого своё подключение, %2 сохранений среди %3 общих статей…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>postgres: verifying the %1 successful saves…</source>
        <translation>postgres: проверка успешных сохранений (%1)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>reading the revisions of article %1: %2</source>
        <translation>чтение редакций статьи %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PostgreSQL: %1 clients saving %2 shared articles (saves/s, all clients)</source>
        <translation>PostgreSQL: %1 клиентов сохраняют %2 общих статей (сохранений/с, все клиенты)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 successful saves in %2 s (%3 per client, each load + edit of one paragraph + save() on its own connection); %4 Conflicts reloaded and retried (%5 per successful save); %6 other save errors%7</source>
        <translation>успешных сохранений: %1 за %2 с (%3 на клиента, каждое — загрузка + правка одного абзаца + save() через своё подключение); конфликтов с повторной загрузкой и повтором: %4 (%5 на успешное сохранение); других ошибок сохранения: %6%7</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>, also retried (the first: %1)</source>
        <translation>, тоже с повтором (первая: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL: a successful save() among %1 concurrent clients</source>
        <translation>PostgreSQL: одно успешное save() среди %1 одновременных клиентов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save() alone, not the load before it; retried attempts are not counted</source>
        <translation>только save(), без предшествующей загрузки; повторные попытки не учитываются</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL concurrent saves: lost updates: %1 (of %2 successful saves, each checked for its marker in the version it produced: a revision or the current text); articles whose final version is not the first plus their successful saves: %3</source>
        <translation>Одновременные сохранения в PostgreSQL: потерянные изменения: %1 (из %2 успешных сохранений, каждое проверено по своей метке в созданной им версии: редакции или текущем тексте); статей, чья итоговая версия не равна первой плюс их успешные сохранения: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>postgres: lost updates: %1</source>
        <translation>postgres: потерянные изменения: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 lost updates under concurrent saves (%2 articles with an unexpected final version)</source>
        <translation>потерянных изменений при одновременных сохранениях: %1 (статей с неожиданной итоговой версией: %2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You</source>
        <translation>О вас</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as the writer, editor or reviewer of what you do; empty uses your login name</source>
        <translation>Записывается как автор, редактор или проверяющий того, что вы делаете; если пусто, используется имя входа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role</source>
        <translation>Ваша роль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the role may do</source>
        <translation>Что разрешено этой роли</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set by the environment</source>
        <translation>Задано окружением</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Autosave after typing stops:</source>
        <translation>&amp;Автосохранение после паузы в наборе:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autosave delay in seconds</source>
        <translation>Задержка автосохранения в секундах</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release my article &amp;locks after:</source>
        <translation>&amp;Снимать мои блокировки статей через:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min idle</source>
        <translation> мин простоя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another desk may take an article you have open once you have been idle this long; your unsaved edits are saved as a version first.</source>
        <translation>Другое рабочее место может перехватить открытую вами статью, если вы бездействовали столько времени; ваши несохранённые изменения предварительно сохраняются как версия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle minutes before another desk may take your article locks</source>
        <translation>Минуты простоя, после которых другое рабочее место может перехватить ваши блокировки статей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article &amp;URL base:</source>
        <translation>&amp;Базовый URL статей:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://news.example.com/</source>
        <translation>https://news.example.com/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL of published articles</source>
        <translation>Базовый URL опубликованных статей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new interface language takes effect the next time Copydesk starts.</source>
        <translation>Новый язык интерфейса вступит в силу при следующем запуске Copydesk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dictionaries</source>
        <translation>Словари</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location filename="../app/widgets/PreferencesDialog.cpp" line="+32"/>
        <source>Verifies sources, requests changes, approves and publishes other people&apos;s articles.</source>
        <translation>Подтверждает источники, запрашивает правки, утверждает и публикует статьи других авторов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything a reviewer does, and may approve over blocking findings with a written reason.</source>
        <translation>Всё, что делает проверяющий; кроме того, может утвердить статью, несмотря на блокирующие замечания, с письменным обоснованием.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes and edits articles and sends them to review.</source>
        <translation>Пишет и редактирует статьи и отправляет их на проверку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The article URL base must be an http or https address, such as https://news.example.com/.</source>
        <translation>Базовый URL статей должен быть адресом http или https, например https://news.example.com/.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The newsroom server %1 decides who you are: its login and role. Your own name and role apply again when you open a local database.</source>
        <translation>Сервер редакции %1 сам определяет, кто вы: его учётная запись и роль. Ваши собственные имя и роль снова действуют, когда вы открываете локальную базу данных.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your name and role are set by the environment (COPYDESK_USER and COPYDESK_ROLE) and cannot be changed here.</source>
        <translation>Ваше имя и роль заданы окружением (COPYDESK_USER и COPYDESK_ROLE), и изменить их здесь нельзя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is set by the environment (COPYDESK_USER) and cannot be changed here.</source>
        <translation>Ваше имя задано окружением (COPYDESK_USER), и изменить его здесь нельзя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role is set by the environment (COPYDESK_ROLE) and cannot be changed here.</source>
        <translation>Ваша роль задана окружением (COPYDESK_ROLE), и изменить её здесь нельзя.</translation>
    </message>
</context>
<context>
    <name>PublicationModel</name>
    <message>
        <location filename="../app/models/PublicationModel.cpp" line="+80"/>
        <source>canceled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>usable</source>
        <translation>действует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>Место публикации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
</context>
<context>
    <name>PublishBench</name>
    <message>
        <location filename="../app/bench/PublishBench.cpp" line="+41"/>
        <source>publish: %1 approved articles…</source>
        <translation>publish: %1 утверждённых статей…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>approving the articles: </source>
        <translation>утверждение статей: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the loopback endpoint could not listen</source>
        <translation>локальный (loopback) адрес не смог начать прослушивание</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>article %1 was not published: %2</source>
        <translation>статья %1 не опубликована: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>publish: %1 articles to %2…</source>
        <translation>publish: %1 статей в %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>publish %1 approved articles to a loopback HTTP endpoint</source>
        <translation>публикация %1 утверждённых статей на локальный (loopback) HTTP-адрес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publisher as copydesk-cli publish: load, ninjs, POST (up to 6 at once over %1 kept-alive connections for %2 requests), then record the deliveries and move the articles to published, 64 to a transaction</source>
        <translation>Publisher, как copydesk-cli publish: загрузка, ninjs, POST (до 6 одновременно через %1 постоянных соединений на %2 запросов), затем запись доставок и перевод статей в статус «опубликована», по 64 на транзакцию</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>publish: %1 articles to a hot folder…</source>
        <translation>publish: %1 статей в «горячую» папку…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>publish %1 articles to a hot folder (ninjs)</source>
        <translation>публикация %1 статей в «горячую» папку (ninjs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each file written with QSaveFile (its own fsync), as a hot folder needs</source>
        <translation>каждый файл записывается через QSaveFile (со своим fsync), как требует «горячая» папка</translation>
    </message>
</context>
<context>
    <name>PublishDestination</name>
    <message>
        <location filename="../app/core/PublishDestination.cpp" line="+28"/>
        <source>A destination needs a name.</source>
        <translation>У места публикации должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination “%1” needs a folder.</source>
        <translation>Для места публикации «%1» нужна папка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination “%1” needs a URL.</source>
        <translation>Для места публикации «%1» нужен URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination “%1”: the folder “%2” is not an absolute path.</source>
        <translation>Место публикации «%1»: папка «%2» задана не абсолютным путём.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Destination “%1”: “%2” is not an http or https URL.</source>
        <translation>Место публикации «%1»: «%2» — не URL http или https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination “%1”: an HTTP endpoint receives ninjs documents.</source>
        <translation>Место публикации «%1»: HTTP-адрес принимает документы ninjs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination “%1”: the timeout must be between 0.1 and 600 seconds.</source>
        <translation>Место публикации «%1»: время ожидания должно быть от 0,1 до 600 секунд.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination “%1”: retries must be between 0 and 10.</source>
        <translation>Место публикации «%1»: число повторных попыток должно быть от 0 до 10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination “%1”: the header “%2” is not valid.</source>
        <translation>Место публикации «%1»: недопустимый HTTP-заголовок «%2».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Header line %1 “%2” is not “Name: value”.</source>
        <translation>Строка HTTP-заголовка %1 («%2») не имеет вида «Имя: значение».</translation>
    </message>
</context>
<context>
    <name>PublishStore</name>
    <message>
        <location filename="../app/storage/PublishStore.cpp" line="+45"/>
        <source>reading the publishing destinations</source>
        <translation>чтение мест публикации</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the publishing destination “%1”</source>
        <translation>чтение места публикации «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no publishing destination “%1”.</source>
        <translation>Места публикации «%1» нет.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking the destination name “%1”</source>
        <translation>проверка названия места публикации «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a destination named “%1”.</source>
        <translation>Место публикации «%1» уже существует.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving the destination “%1”</source>
        <translation>сохранение места публикации «%1»</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>There is no publishing destination %1.</source>
        <translation>Места публикации %1 нет.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>removing destination %1</source>
        <translation>удаление места публикации %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>recording the publication of article %1</source>
        <translation>запись публикации статьи %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>looking up the owner of %1</source>
        <translation>поиск статьи, которой принадлежит %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading the publications of article %1</source>
        <translation>чтение публикаций статьи %1</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../app/publish/Publisher.cpp" line="+59"/>
        <source>Publishing is already under way.</source>
        <translation>Публикация уже идёт.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no publishing destination “%1”.</source>
        <translation>Места публикации «%1» нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The publishing destination “%1” is disabled.</source>
        <translation>Место публикации «%1» отключено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No publishing destination is set up: add a folder or an HTTP endpoint in Preferences → Publishing, or with copydesk-cli destination add.</source>
        <translation>Не настроено ни одного места публикации: добавьте папку или HTTP-адрес в разделе «Настройки → Публикация» или командой copydesk-cli destination add.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Article %1 is %2: only approved articles are published.</source>
        <translation>Статья %1 в статусе «%2»: публикуются только утверждённые статьи.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot publish: a reviewer or a chief publishes.</source>
        <translation>%1 не может публиковать: публикует проверяющий или главный редактор.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unpublished.</source>
        <translation>Снята с публикации.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article %1 is %2: only a published article can be unpublished.</source>
        <translation>Статья %1 в статусе «%2»: снять с публикации можно только опубликованную статью.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1: не удаётся создать папку.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: cannot remove the page.</source>
        <translation>%1: не удаётся удалить страницу.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>removed %n page(s)</source>
        <translation>
            <numerusform>удалена %n страница</numerusform>
            <numerusform>удалено %n страницы</numerusform>
            <numerusform>удалено %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: не удаётся записать файл: %2</translation>
    </message>
</context>
<context>
    <name>PublishingController</name>
    <message>
        <location filename="../app/widgets/PublishingController.cpp" line="+51"/>
        <source>&amp;Publish</source>
        <translation>Опу&amp;бликовать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Снять с публикации…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish All &amp;Approved</source>
        <translation>Опубликовать все &amp;утверждённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish &amp;To</source>
        <translation>Опубликовать &amp;в</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+201"/>
        <location line="+51"/>
        <location line="+49"/>
        <source>Unpublish</source>
        <translation>Снятие с публикации</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Send the article to every enabled destination that does not have this version</source>
        <translation>Отправить статью во все включённые места публикации, где ещё нет этой версии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive the article and withdraw it (pubStatus canceled) wherever it was published</source>
        <translation>Отправить статью в архив и отозвать её (pubStatus canceled) везде, где она опубликована</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish every approved article of the database</source>
        <translation>Опубликовать все утверждённые статьи базы данных</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unpublish “%1”? It is archived, and every destination that has it receives a withdrawal (pubStatus canceled; a web page is removed).</source>
        <translation>Снять «%1» с публикации? Статья отправляется в архив, и каждое место публикации, где она есть, получает отзыв (pubStatus canceled; веб-страница удаляется).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the article to one destination only</source>
        <translation>Отправить статью только в одно место публикации</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 cannot publish: a reviewer or a chief publishes.</source>
        <translation>%1 не может публиковать: публикует проверяющий или главный редактор.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an approved, published or corrected article is published.</source>
        <translation>Публикуется только утверждённая, опубликованная или исправленная статья.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish (%1)</source>
        <translation>Опубликовать (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No enabled destination</source>
        <translation>Нет включённых мест публикации</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+40"/>
        <source>Your edits could not be saved, so nothing was published.</source>
        <translation>Не удалось сохранить ваши правки, поэтому ничего не опубликовано.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Publish All Approved</source>
        <translation>Опубликовать все утверждённые</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not list the approved articles.</source>
        <translation>Не удалось получить список утверждённых статей.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No approved article is waiting to be published.</source>
        <translation>Нет утверждённых статей, ожидающих публикации.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your edits could not be saved, so nothing was unpublished.</source>
        <translation>Не удалось сохранить ваши правки, поэтому ничего не снято с публикации.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Unpublishing %n article(s)…</source>
        <translation>
            <numerusform>Снятие с публикации: %n статья…</numerusform>
            <numerusform>Снятие с публикации: %n статьи…</numerusform>
            <numerusform>Снятие с публикации: %n статей…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Publishing %n article(s)…</source>
        <translation>
            <numerusform>Публикация: %n статья…</numerusform>
            <numerusform>Публикация: %n статьи…</numerusform>
            <numerusform>Публикация: %n статей…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <location line="+49"/>
        <source>Publish</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Unpublished %1 of %2 articles</source>
        <translation>Снято с публикации статей: %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published %1 of %2 articles</source>
        <translation>Опубликовано статей: %1 из %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpublishing…</source>
        <translation>Снятие с публикации…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+36"/>
        <source>Unpublishing failed: %1</source>
        <translation>Не удалось снять с публикации: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Publishing failed: %1</source>
        <translation>Не удалось опубликовать: %1</translation>
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
            <numerusform>%n доставка отзыва не удалась. «Повторить» попробует её ещё раз.</numerusform>
            <numerusform>%n доставки отзыва не удались. «Повторить» попробует их ещё раз.</numerusform>
            <numerusform>%n доставок отзыва не удалось. «Повторить» попробует их ещё раз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery(ies) failed. The article stays approved until every destination has it; Retry tries only the destinations that failed.</source>
        <translation>
            <numerusform>%n доставка не удалась. Статья остаётся утверждённой, пока не окажется во всех местах публикации; «Повторить» пробует только те места, куда доставка не удалась.</numerusform>
            <numerusform>%n доставки не удались. Статья остаётся утверждённой, пока не окажется во всех местах публикации; «Повторить» пробует только те места, куда доставка не удалась.</numerusform>
            <numerusform>%n доставок не удалось. Статья остаётся утверждённой, пока не окажется во всех местах публикации; «Повторить» пробует только те места, куда доставка не удалась.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpublishing Failed</source>
        <translation>Не удалось снять с публикации</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publishing Failed</source>
        <translation>Не удалось опубликовать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not unpublished: %1</source>
        <translation>Не снято с публикации: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published: %1</source>
        <translation>Не опубликовано: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n article(s) could not be handled.</source>
        <translation>
            <numerusform>%n статью не удалось обработать.</numerusform>
            <numerusform>%n статьи не удалось обработать.</numerusform>
            <numerusform>%n статей не удалось обработать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Stopped after %1 of %n article(s).</source>
        <translation>
            <numerusform>Остановлено после %1 из %n статьи.</numerusform>
            <numerusform>Остановлено после %1 из %n статей.</numerusform>
            <numerusform>Остановлено после %1 из %n статей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Unpublished %n article(s).</source>
        <translation>
            <numerusform>%n статья снята с публикации.</numerusform>
            <numerusform>%n статьи сняты с публикации.</numerusform>
            <numerusform>%n статей снято с публикации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published %n article(s) to %1.</source>
        <translation>
            <numerusform>%n статья опубликована в %1.</numerusform>
            <numerusform>%n статьи опубликованы в %1.</numerusform>
            <numerusform>%n статей опубликовано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n место публикации</numerusform>
            <numerusform>%n места публикации</numerusform>
            <numerusform>%n мест публикации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpublished from %n destination(s).</source>
        <translation>
            <numerusform>Снято с публикации в %n месте публикации.</numerusform>
            <numerusform>Снято с публикации в %n местах публикации.</numerusform>
            <numerusform>Снято с публикации в %n местах публикации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Published to %n destination(s).</source>
        <translation>
            <numerusform>Опубликовано в %n место публикации.</numerusform>
            <numerusform>Опубликовано в %n места публикации.</numerusform>
            <numerusform>Опубликовано в %n мест публикации.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
<context>
    <name>PublishingInspector</name>
    <message>
        <location filename="../app/widgets/PublishingInspector.cpp" line="+20"/>
        <source>&amp;Retry Failed</source>
        <translation>Повторить &amp;неудачные</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deliveries</source>
        <translation>Доставки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Publish the article again: only the destinations whose latest attempt failed are tried.</source>
        <translation>Опубликовать статью снова: пробуются только места публикации, где последняя попытка не удалась.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Withdrawal of version %1 from %2</source>
        <translation>Отзыв версии %1 из %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 to %2</source>
        <translation>Доставка версии %1 в %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>Ошибка после %n попытки: %1</numerusform>
            <numerusform>Ошибка после %n попыток: %1</numerusform>
            <numerusform>Ошибка после %n попыток: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 by %3: %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No article is open.</source>
        <translation>Статья не открыта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Не удалось прочитать доставки: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not published yet.</source>
        <translation>Ещё не опубликована.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The latest delivery to %1 failed.</source>
        <translation>Последняя доставка не удалась: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Withdrawn from %n destination(s).</source>
        <translation>
            <numerusform>Отозвана из %n места публикации.</numerusform>
            <numerusform>Отозвана из %n мест публикации.</numerusform>
            <numerusform>Отозвана из %n мест публикации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delivered to %n destination(s).</source>
        <translation>
            <numerusform>Доставлена в %n место публикации.</numerusform>
            <numerusform>Доставлена в %n места публикации.</numerusform>
            <numerusform>Доставлена в %n мест публикации.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishingPage</name>
    <message>
        <location filename="../ui/PublishingPage.ui" line="+9"/>
        <source>Article › Publish sends an approved article to every enabled destination. Destinations are stored in the open database, so every desk that works on it publishes to the same places.</source>
        <translation>Команда «Статья › Опубликовать» отправляет утверждённую статью во все включённые места публикации. Места публикации хранятся в открытой базе данных, поэтому все рабочие места, работающие с ней, публикуют в одни и те же места.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing destinations</source>
        <translation>Места публикации</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../app/widgets/PublishingPage.cpp" line="+17"/>
        <source>Remove Destination</source>
        <translation>Удалить место публикации</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open a database to set up where its articles are published.</source>
        <translation>Откройте базу данных, чтобы настроить, где публикуются её статьи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read the destinations: %1</source>
        <translation>Не удалось прочитать места публикации: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No destination is set up yet: nothing can be published.</source>
        <translation>Ни одно место публикации ещё не настроено: публиковать некуда.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Remove the destination “%1”? Its record of deliveries goes with it; what was published there stays there.</source>
        <translation>Удалить место публикации «%1»? Вместе с ним удаляется история доставок; то, что там уже опубликовано, там и останется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not remove “%1”: %2</source>
        <translation>Не удалось удалить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>RepeatedWordRule</name>
    <message>
        <location filename="../app/core/review/RepeatedWordRule.cpp" line="+137"/>
        <source>“%1” is repeated in %2: “%3”.</source>
        <translation>Повтор слова «%1» (%2): «%3».</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../app/bench/Report.cpp" line="+165"/>
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
        <location line="+50"/>
        <source>median/rate: median wall time per operation, or articles per second over the whole run. PASS* = the median meets the target, the p95 does not.
reference: the same work done by another program. Storage: the same statements run by the sqlite3 shell on the same file (mean per operation, process start-up subtracted). Spelling: the hunspell command named in the label on the same file (mean wall time of the whole process, like copydesk-cli&apos;s). ratio = Copydesk mean time / reference mean time (for rates: time per article).
</source>
        <translation>медиана/скорость: медиана реального времени на операцию или статей в секунду за весь прогон. OK* = медиана достигает цели, а p95 нет.
эталон: та же работа, выполненная другой программой. Хранилище: те же инструкции в оболочке sqlite3 на том же файле (среднее на операцию, без запуска процесса). Орфография: команда hunspell, названная в подписи, на том же файле (среднее реальное время всего процесса, как у copydesk-cli). отношение = среднее время Copydesk / среднее время эталона (для скоростей: время на статью).
</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>ratio</source>
        <translation>отношение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reference</source>
        <translation>эталон</translation>
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
        <location line="+50"/>
        <location line="+6"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
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
        <translation>Нет источника</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No attribution needed</source>
        <translation>Указание источника не требуется</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unattributed</source>
        <translation>Источник не указан</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymity approved: %1</source>
        <translation>Анонимность одобрена: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (anonymity approved: %2)</source>
        <translation>%1 (анонимность одобрена: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paragraph %1: %2</source>
        <translation>Абзац %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anonymity approved by %1: %2</source>
        <translation>Анонимность одобрена пользователем %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attribution needed (%1): %2</source>
        <translation>Указание источника не требуется (%1): %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ReviewInspector</name>
    <message>
        <location filename="../ui/ReviewInspector.ui" line="+11"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Article status</source>
        <translation>Статус статьи</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You:</source>
        <translation>Вы:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name and role</source>
        <translation>Ваше имя и роль</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Workflow actions</source>
        <translation>Действия процесса проверки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why an action is not available</source>
        <translation>Почему действие недоступно</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Paragraphs and sources</source>
        <translation>Абза&amp;цы и источники</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paragraphs and their sources</source>
        <translation>Абзацы и их источники</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verify the selected source</source>
        <translation>Подтвердить выбранный источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute the selected source</source>
        <translation>Оспорить выбранный источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous unchecked source</source>
        <translation>Предыдущий непроверенный источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next unchecked source</source>
        <translation>Следующий непроверенный источник</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mark the paragraph as needing no attribution</source>
        <translation>Отметить абзац как не требующий указания источника</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve the anonymous source</source>
        <translation>Одобрить анонимный источник</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/widgets/ReviewInspector.cpp" line="+748"/>
        <source>Fi&amp;ndings</source>
        <translation>За&amp;мечания</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review findings by severity</source>
        <translation>Замечания проверки по степени важности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../app/widgets/ReviewInspector.cpp" line="-665"/>
        <source>Mark the selected source as verified</source>
        <translation>Отметить выбранный источник как подтверждённый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verif&amp;y</source>
        <translation>Подтв&amp;ердить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dispute…</source>
        <translation>Оспор&amp;ить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispute the selected source, with a note saying why</source>
        <translation>Оспорить выбранный источник с примечанием о причине</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Unchecked Source</source>
        <translation>Следующий непроверенный источник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next unchecked source</source>
        <translation>Перейти к следующему непроверенному источнику</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous Unchecked Source</source>
        <translation>Предыдущий непроверенный источник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous unchecked source</source>
        <translation>Перейти к предыдущему непроверенному источнику</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+358"/>
        <source>No Attribution Needed…</source>
        <translation>Указание источника не требуется…</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Record why the selected paragraph needs no source (for example the reporter&apos;s own observation)</source>
        <translation>Указать, почему выбранному абзацу не нужен источник (например, это собственное наблюдение репортёра)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve Anonymous Source…</source>
        <translation>Одобрить анонимный источник…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record why the selected anonymous source is acceptable</source>
        <translation>Указать, почему выбранный анонимный источник допустим</translation>
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
        <translation>Перевести статью в статус «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n finding(s) block approval (%1).</source>
        <translation>
            <numerusform>%n замечание блокирует утверждение (%1).</numerusform>
            <numerusform>%n замечания блокируют утверждение (%1).</numerusform>
            <numerusform>%n замечаний блокируют утверждение (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As chief you can approve anyway with a written reason.</source>
        <translation>Как главный редактор вы всё же можете утвердить статью с письменным обоснованием.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Which changes do you request? The editor sees this comment.</source>
        <translation>Какие правки вы запрашиваете? Редактор увидит этот комментарий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment is required.</source>
        <translation>Нужен комментарий.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your edits to this article could not be saved, so its status was not changed.</source>
        <translation>Не удалось сохранить ваши правки в этой статье, поэтому её статус не изменён.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve Over Findings</source>
        <translation>Утверждение вопреки замечаниям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

As chief you can approve anyway. Write why; the reason is kept in the article&apos;s audit trail.</source>
        <translation>%1

Как главный редактор вы всё же можете утвердить статью. Напишите почему; обоснование сохранится в журнале аудита статьи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+190"/>
        <location line="+39"/>
        <source>A reason is required.</source>
        <translation>Нужно обоснование.</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Only a reviewer or a chief can verify or dispute sources.</source>
        <translation>Подтверждать и оспаривать источники может только проверяющий или главный редактор.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Withdraw “No Attribution Needed”</source>
        <translation>Снять отметку «Указание источника не требуется»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the “no attribution needed” mark off the selected paragraph</source>
        <translation>Снять с выбранного абзаца отметку «указание источника не требуется»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Every source has been checked.</source>
        <translation>Все источники проверены.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n source(s) checked</source>
        <translation>
            <numerusform>Проверено %1 из %n источника</numerusform>
            <numerusform>Проверено %1 из %n источников</numerusform>
            <numerusform>Проверено %1 из %n источников</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dispute Source</source>
        <translation>Оспаривание источника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is “%1” disputed in paragraph %2? The editor sees this note.</source>
        <translation>Почему источник «%1» в абзаце %2 оспорен? Редактор увидит это примечание.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note is required.</source>
        <translation>Нужно примечание.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify “%1”</source>
        <translation>подтверждение источника «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute “%1”</source>
        <translation>оспаривание источника «%1»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No Attribution Needed</source>
        <translation>Указание источника не требуется</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why does paragraph %1 need no source? For example: the reporter&apos;s own observation. The reason is shown to reviewers and kept in the audit trail.</source>
        <translation>Почему абзацу %1 не нужен источник? Например: это собственное наблюдение репортёра. Обоснование увидят проверяющие, и оно сохранится в журнале аудита.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+36"/>
        <source>Your edits to this article could not be saved, so nothing was recorded.</source>
        <translation>Не удалось сохранить ваши правки в этой статье, поэтому ничего не записано.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Approve Anonymous Source</source>
        <translation>Одобрение анонимного источника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is the anonymous source “%1” acceptable in paragraph %2? The reason and your name are kept in the audit trail.</source>
        <translation>Почему анонимный источник «%1» допустим в абзаце %2? Обоснование и ваше имя сохранятся в журнале аудита.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The findings could not be computed: %1</source>
        <translation>Не удалось получить замечания: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blocking</source>
        <translation>Блокирующие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocks approval until it is resolved.</source>
        <translation>Блокирует утверждение, пока не будет устранено.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No findings: nothing stands in the way.</source>
        <translation>Замечаний нет: ничто не мешает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fi&amp;ndings (%1)</source>
        <translation>За&amp;мечания (%1)</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <location filename="../app/storage/ReviewStore.cpp" line="+87"/>
        <source>reading the review decisions</source>
        <translation>чтение решений проверки</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Article %1 stays “%2”: %3</source>
        <translation>Статья %1 остаётся в статусе «%2»: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>changing the status of article %1</source>
        <translation>изменение статуса статьи %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article %1 was changed by someone else meanwhile; its status was not changed.</source>
        <translation>Статью %1 тем временем изменил кто-то другой; её статус не изменён.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Article %1 has no paragraph %2.</source>
        <translation>В статье %1 нет абзаца %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>marking paragraph %1 of article %2</source>
        <translation>отметка абзаца %1 статьи %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is an editor: only a reviewer or a chief can approve an anonymous source.</source>
        <translation>%1 — редактор: одобрить анонимный источник может только проверяющий или главный редактор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the anonymous source “%1” is acceptable: a reason is required.</source>
        <translation>Укажите, почему анонимный источник «%1» допустим: нужно обоснование.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paragraph %1 of article %2 does not cite “%3”.</source>
        <translation>Абзац %1 статьи %2 не ссылается на «%3».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>recording the decision on “%1”</source>
        <translation>запись решения по «%1»</translation>
    </message>
</context>
<context>
    <name>ReviewWorkflow</name>
    <message>
        <location filename="../app/core/review/ReviewWorkflow.cpp" line="+86"/>
        <source>The article is already &quot;%1&quot;.</source>
        <translation>Статья уже в статусе «%1».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An article that is &quot;%1&quot; cannot become &quot;%2&quot;; it can become: %3.</source>
        <translation>Статью в статусе «%1» нельзя перевести в «%2»; возможно: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing else</source>
        <translation>ничего другого</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who you are: a status change is recorded with a name.</source>
        <translation>Укажите, кто вы: смена статуса записывается с именем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an editor: only a reviewer or a chief can move an article from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1 — редактор: перевести статью из «%2» в «%3» может только проверяющий или главный редактор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which changes you request: a comment is required.</source>
        <translation>Укажите, какие правки вы запрашиваете: нужен комментарий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 wrote or last edited this article and cannot approve it: another reviewer must.</source>
        <translation>%1 — автор или последний редактор этой статьи и не может её утвердить: это должен сделать другой проверяющий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a chief can approve over blocking findings.</source>
        <translation>Утвердить статью, несмотря на блокирующие замечания, может только главный редактор.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n finding(s) block approval (%1). Fix them, or a chief can approve with a written reason.</source>
        <translation>
            <numerusform>%n замечание блокирует утверждение (%1). Исправьте его, или главный редактор может утвердить статью с письменным обоснованием.</numerusform>
            <numerusform>%n замечания блокируют утверждение (%1). Исправьте их, или главный редактор может утвердить статью с письменным обоснованием.</numerusform>
            <numerusform>%n замечаний блокируют утверждение (%1). Исправьте их, или главный редактор может утвердить статью с письменным обоснованием.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send back to review</source>
        <translation>Снова отправить на проверку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw approval</source>
        <translation>Отозвать утверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to review</source>
        <translation>Отправить на проверку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request changes</source>
        <translation>Запросить правки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark published</source>
        <translation>Отметить как опубликованную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark corrected</source>
        <translation>Отметить как исправленную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Отправить в архив</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to draft</source>
        <translation>Вернуть в черновики</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <location filename="../app/models/RevisionListModel.cpp" line="+91"/>
        <location filename="../app/widgets/HistoryInspector.cpp" line="-270"/>
        <source>%1 (current)</source>
        <translation>%1 (текущая)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1, the article as it is stored now</source>
        <translation>Версия %1 — статья в том виде, в каком она сохранена сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1, saved %2</source>
        <translation>Версия %1, сохранена %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
</context>
<context>
    <name>SearchPreview</name>
    <message>
        <location filename="../app/widgets/SearchPreview.cpp" line="+63"/>
        <source>Search result preview</source>
        <translation>Предпросмотр в результатах поиска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the article may appear in search results</source>
        <translation>Как статья может выглядеть в результатах поиска</translation>
    </message>
    <message>
        <location line="+163"/>
        <location line="+29"/>
        <source>No article is open</source>
        <translation>Ни одна статья не открыта</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Address: %1. Title: %2. Description: %3</source>
        <translation>Адрес: %1. Заголовок: %2. Описание: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none, the article has no summary</source>
        <translation>нет, у статьи нет краткого содержания</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Untitled article</source>
        <translation>Статья без заголовка</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No summary: search engines will quote text from the page instead.</source>
        <translation>Нет краткого содержания: поисковики процитируют вместо него текст со страницы.</translation>
    </message>
</context>
<context>
    <name>SingleSourceRule</name>
    <message>
        <location filename="../app/core/review/SingleSourceRule.cpp" line="+67"/>
        <source>%1 of the %2 attributed paragraphs cite only “%3”; add independent sources or say why one source is enough.</source>
        <translation>%1 из %2 абзацев с указанием источника ссылаются только на «%3»; добавьте независимые источники или объясните, почему достаточно одного.</translation>
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
    <name>SourceKindDelegate</name>
    <message>
        <location filename="../app/widgets/SourceKindDelegate.cpp" line="+13"/>
        <source>Kind of source</source>
        <translation>Тип источника</translation>
    </message>
</context>
<context>
    <name>SourceRegistryModel</name>
    <message numerus="yes">
        <location filename="../app/models/SourceRegistryModel.cpp" line="+98"/>
        <source>Cited by %n paragraph(s)</source>
        <translation>
            <numerusform>Цитируется в %n абзаце</numerusform>
            <numerusform>Цитируется в %n абзацах</numerusform>
            <numerusform>Цитируется в %n абзацах</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cited by</source>
        <translation>Цитируется в</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A source needs a name.</source>
        <translation>У источника должно быть название.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a kind of source.</source>
        <translation>«%1» — не тип источника.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a web address; it must start with http:// or https://.</source>
        <translation>«%1» — не веб-адрес; он должен начинаться с http:// или https://.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../ui/SourcesDialog.ui" line="+14"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The source registry is shared by every article. Double-click a name, kind or website to change it; merge duplicates into one source.</source>
        <translation>Реестр источников общий для всех статей. Дважды щёлкните название, тип или веб-сайт, чтобы изменить их; объединяйте дубликаты в один источник.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name, kind or website</source>
        <translation>Название, тип или веб-сайт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter sources</source>
        <translation>Фильтр источников</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source registry</source>
        <translation>Реестр источников</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge the selected sources into one of them; paragraphs citing the others cite it instead</source>
        <translation>Объединить выбранные источники в один из них; абзацы, ссылавшиеся на остальные, будут ссылаться на него</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge the selected sources</source>
        <translation>Объединить выбранные источники</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected sources; only sources no paragraph cites can be deleted</source>
        <translation>Удалить выбранные источники; удалить можно только источники, на которые не ссылается ни один абзац</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected sources</source>
        <translation>Удалить выбранные источники</translation>
    </message>
    <message>
        <location filename="../app/widgets/SourcesDialog.cpp" line="+52"/>
        <source>The source registry could not be read: %1</source>
        <translation>Не удалось прочитать реестр источников: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%1 (cited by %n paragraph(s))</source>
        <translation>
            <numerusform>%1 (цитируется в %n абзаце)</numerusform>
            <numerusform>%1 (цитируется в %n абзацах)</numerusform>
            <numerusform>%1 (цитируется в %n абзацах)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge Sources</source>
        <translation>Объединение источников</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep which source? The other %n source(s) are deleted and every paragraph that cites them cites the kept one instead. This cannot be undone.</source>
        <translation>
            <numerusform>Какой источник оставить? %n другой источник будет удалён, и все абзацы, которые на него ссылаются, будут ссылаться на оставленный. Это действие нельзя отменить.</numerusform>
            <numerusform>Какой источник оставить? %n других источника будут удалены, и все абзацы, которые на них ссылаются, будут ссылаться на оставленный. Это действие нельзя отменить.</numerusform>
            <numerusform>Какой источник оставить? %n других источников будут удалены, и все абзацы, которые на них ссылаются, будут ссылаться на оставленный. Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sources could not be merged: %1</source>
        <translation>Не удалось объединить источники: %1</translation>
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
        <translation>Проверка орфографии</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the word is</source>
        <translation>Где находится слово</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The misspelled word in its text</source>
        <translation>Слово с ошибкой в тексте</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change &amp;to:</source>
        <translation>Заменить &amp;на:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replacement</source>
        <translation>Замена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Suggestions:</source>
        <translation>&amp;Варианты:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggestions</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spelling check status</source>
        <translation>Состояние проверки орфографии</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this occurrence with the text in “Change to”</source>
        <translation>Заменить это вхождение текстом из поля «Заменить на»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace &amp;All</source>
        <translation>Заменить в&amp;се</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every occurrence of this misspelling in the article</source>
        <translation>Заменить все вхождения этой ошибки в статье</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignore &amp;Once</source>
        <translation>Пропустить &amp;один раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this occurrence and go on to the next error</source>
        <translation>Оставить это вхождение и перейти к следующей ошибке</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ignore in Article</source>
        <translation>&amp;Пропускать в статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this word everywhere in this article</source>
        <translation>Принимать это слово везде в этой статье</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to &amp;Newsroom Dictionary</source>
        <translation>Добавить в словарь &amp;редакции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this word in every article, for every desk</source>
        <translation>Принимать это слово во всех статьях, на всех рабочих местах</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to &amp;Personal Dictionary</source>
        <translation>Добавить в &amp;личный словарь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this word in every article you edit</source>
        <translation>Принимать это слово во всех статьях, которые вы редактируете</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../app/widgets/SpellCheckDialog.cpp" line="+43"/>
        <source>No article is open.</source>
        <translation>Статья не открыта.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not in the dictionary, in %1:</source>
        <translation>Нет в словаре (%1):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No suggestions: type the correction.</source>
        <translation>Вариантов нет: введите исправление.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No spelling errors in this article.</source>
        <translation>В этой статье нет орфографических ошибок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spelling check is complete: no more errors.</source>
        <translation>Проверка орфографии завершена: ошибок больше нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Replaced %n time(s).</source>
        <translation>
            <numerusform>Заменено %n раз.</numerusform>
            <numerusform>Заменено %n раза.</numerusform>
            <numerusform>Заменено %n раз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ignore Word</source>
        <translation>Пропуск слова</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Добавление в словарь редакции</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add to Personal Dictionary</source>
        <translation>Добавление в личный словарь</translation>
    </message>
</context>
<context>
    <name>Speller</name>
    <message>
        <location filename="../app/spelling/Speller.cpp" line="+198"/>
        <source>&quot;%1&quot; is not a word that can be added: it is empty or contains spaces.</source>
        <translation>«%1» нельзя добавить как слово: оно пустое или содержит пробелы.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 “%2” is not added, so the file stays as it is.</source>
        <translation>%1 «%2» не добавлено, поэтому файл остаётся без изменений.</translation>
    </message>
</context>
<context>
    <name>SpellingBench</name>
    <message>
        <location filename="../app/bench/SpellingBench.cpp" line="+97"/>
        <source>spell: skipped. %1</source>
        <translation>spell: пропущено. %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>spell: copydesk-cli was not found; its figures are skipped.</source>
        <translation>spell: copydesk-cli не найден; его показатели пропущены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spell: the hunspell command is not installed (Debian package hunspell): copydesk-cli is timed without the comparison.</source>
        <translation>spell: команда hunspell не установлена (пакет Debian hunspell): copydesk-cli измеряется без сравнения.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generating a %1-word news text and a %2-word article…</source>
        <translation>Создание новостного текста из %1 слов и статьи из %2 слов…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the word list of %1.</source>
        <translation>Не удаётся прочитать список слов %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>spell: the text is %1 words of generated news copy (%2 distinct, %3 paragraphs, %4 KB) with %5 misspellings put in (%6%), vocabulary from SyntheticLibrary plus a tail of %7 words of %8; the article is %9 more words of the same stream.</source>
        <translation>spell: текст — %1 слов сгенерированных новостей (%2 различных, %3 абзацев, %4 КБ) с %5 внесёнными ошибками (%6 %), словарь из SyntheticLibrary плюс хвост из %7 слов из %8; статья — ещё %9 слов того же потока.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 %2 failed (exit code %3): %4 %5</source>
        <translation>%1 %2: ошибка (код выхода %3): %4 %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Timing %1 %2…</source>
        <translation>Измерение %1 %2…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>; hunspell -l flags %1 (%2 distinct), %3 of them the same words</source>
        <translation>; hunspell -l отмечает %1 (%2 различных), из них %3 — те же слова</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spell: in the %1-word text copydesk-cli flags %2 words (%3 distinct: the words it asks Hunspell to suggest for)%4.</source>
        <translation>spell: в тексте из %1 слов copydesk-cli отмечает %2 слов (%3 различных: слова, для которых он запрашивает у Hunspell варианты)%4.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>target: half the mean time of %1 on the same file in this run</source>
        <translation>цель: половина среднего времени %1 на том же файле в этом прогоне</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU time %1 vs %2 for %3 (ratio %4)</source>
        <translation>процессорное время %1 против %2 у %3 (отношение %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU time %1</source>
        <translation>процессорное время %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>spell --no-suggestions, %1 words (vs hunspell -l)</source>
        <translation>spell --no-suggestions, %1 слов (против hunspell -l)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spell with suggestions, %1 words (vs hunspell -l)</source>
        <translation>spell с вариантами, %1 слов (против hunspell -l)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to 8 suggestions per distinct misspelled word, in up to %1 processes</source>
        <translation>до 8 вариантов на каждое различное слово с ошибкой, не более чем в %1 процессах</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spell with suggestions --jobs 1, %1 words (vs hunspell -l)</source>
        <translation>spell с вариантами --jobs 1, %1 слов (против hunspell -l)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>spell with suggestions, %1-word article (vs hunspell -a)</source>
        <translation>spell с вариантами, статья из %1 слов (против hunspell -a)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hunspell -a suggests for each misspelled occurrence, copydesk-cli once per distinct word</source>
        <translation>hunspell -a предлагает варианты для каждого вхождения с ошибкой, copydesk-cli — один раз для каждого различного слова</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the %1-word article in process…</source>
        <translation>Проверка статьи из %1 слов внутри процесса…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Speller: load the en_US dictionary</source>
        <translation>Speller: загрузка словаря en_US</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>check a %1-word article, cold word cache</source>
        <translation>проверка статьи из %1 слов, холодный кэш слов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every paragraph, %1 misspelled words found (%2 put in); the editor checks the visible paragraphs first (issue 4: underlined within 50 ms) and the rest in the background</source>
        <translation>каждый абзац, найдено %1 слов с ошибками (внесено %2); редактор сначала проверяет видимые абзацы (задача 4: подчёркнуто в течение 50 мс), а остальное — в фоне</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>check a %1-word article again, warm word cache</source>
        <translation>повторная проверка статьи из %1 слов, тёплый кэш слов</translation>
    </message>
</context>
<context>
    <name>SpellingFigures</name>
    <message>
        <location filename="../app/bench/gui/SpellingFigures.cpp" line="+133"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has too few plain words for a news vocabulary.</source>
        <translation>В %1 слишком мало простых слов для новостной лексики.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The long article with a news vocabulary</source>
        <translation>Длинная статья с новостной лексикой</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Spelling figures skipped: %1</source>
        <translation>Показатели орфографии пропущены: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open article %1.</source>
        <translation>Не удалось открыть статью %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spelling in a %L1-word article with a news vocabulary</source>
        <translation>Орфография в статье из %L1 слов с новостной лексикой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling figures: the long article with one word in four replaced by a stem of %1 and %2 typing slips (one word in a hundred), %L3 words. The figures above for the library&apos;s long article were taken with spelling on as well.</source>
        <translation>Показатели орфографии: длинная статья, в которой каждое четвёртое слово заменено основой из %1, с %2 опечатками (одно слово из ста), %L3 слов. Показатели выше для длинной статьи библиотеки тоже получены с включённой проверкой орфографии.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Opening the article without spelling failed.</source>
        <translation>Не удалось открыть статью без проверки орфографии.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The article was not underlined and checked within 30 s.</source>
        <translation>Статья не была подчёркнута и проверена за 30 с.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>showArticle() → first paint of the body, spelling off</source>
        <translation>showArticle() → первая отрисовка текста, орфография выключена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same opens with the body&apos;s highlighter detached; the time the paint event arrives.</source>
        <translation>те же открытия с отключённой подсветкой текста; время прихода события отрисовки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showArticle() → first paint with the visible paragraphs underlined</source>
        <translation>showArticle() → первая отрисовка с подчёркиванием в видимых абзацах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cold word cache each time; the time the body&apos;s first paint with every visible paragraph checked arrives. showArticle() returned after %1 ms (median): the first screen is checked when the body gets the article, so its first paint is underlined.</source>
        <translation>каждый раз холодный кэш слов; время прихода первой отрисовки текста, когда все видимые абзацы проверены. showArticle() вернулась через %1 мс (медиана): первый экран проверяется, когда текст получает статью, поэтому уже первая отрисовка с подчёркиванием.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>spelling&apos;s share of it (difference of the medians)</source>
        <translation>доля проверки орфографии в этом (разность медиан)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>showArticle() → whole article checked (background)</source>
        <translation>showArticle() → вся статья проверена (в фоне)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 paragraphs, %2 misspellings found; checked %3 ms at a time between events, visible paragraphs first, then outwards from the cursor.</source>
        <translation>абзацев: %1, найдено ошибок: %2; проверка порциями по %3 мс между событиями, сначала видимые абзацы, затем от курсора наружу.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>longest event-loop stall from showArticle()&apos;s return until checked</source>
        <translation>самая долгая задержка цикла событий от возврата из showArticle() до окончания проверки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the longest gap between the timeouts of a 1 ms timer, less 1 ms, over all %1 opens (the first paint of the opened article included): the longest a key press waits. Spelling off: %2 ms.</source>
        <translation>наибольший промежуток между срабатываниями таймера 1 мс, минус 1 мс, по всем %1 открытиям (включая первую отрисовку открытой статьи): дольше всего нажатие клавиши ждёт столько. Без проверки орфографии: %2 мс.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Typing misspelled words did not add underlines (%1 before, %2 after).</source>
        <translation>Ввод слов с ошибками не добавил подчёркиваний (%1 до, %2 после).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keystroke → paragraph re-checked, event loop idle</source>
        <translation>нажатие клавиши → абзац перепроверен, цикл событий простаивает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 letters of “%2” typed in paragraph %3 (the spaces typed but not timed): the key events, the underlines shifted, the idle re-check of the paragraph and Qt&apos;s repaints; %4 → %5 underlined words.</source>
        <translation>%1 букв из «%2» введено в абзаце %3 (пробелы вводятся, но не измеряются): события клавиш, сдвиг подчёркиваний, перепроверка абзаца в простое и перерисовка Qt; подчёркнутых слов: %4 → %5.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The re-marked paragraphs were not checked within 30 s.</source>
        <translation>Повторно отмеченные абзацы не были проверены за 30 с.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a word ignored → its paragraphs marked (synchronous)</source>
        <translation>слово пропущено → его абзацы отмечены (синхронно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”, the word in the most paragraphs (%2 of %3): %4 paragraphs marked, those containing it in any case (also inside a longer word); never a full rehighlight.</source>
        <translation>«%1» — слово, которое встречается в наибольшем числе абзацев (%2 из %3): отмечено абзацев: %4, все, где оно есть в любом регистре (в том числе внутри более длинного слова); никогда не полная перерисовка подсветки.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a word ignored → those paragraphs re-checked (background)</source>
        <translation>слово пропущено → эти абзацы перепроверены (в фоне)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longest event-loop stall meanwhile</source>
        <translation>самая долгая задержка цикла событий за это время</translation>
    </message>
</context>
<context>
    <name>SpellingItemDelegate</name>
    <message>
        <location filename="../app/widgets/SpellingItemDelegate.cpp" line="+139"/>
        <source>Correct “%1” to “%2”</source>
        <translation>исправление «%1» на «%2»</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <location filename="../app/widgets/SpellingMenu.cpp" line="+19"/>
        <source>(No suggestions)</source>
        <translation>(Нет вариантов)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace “%1” with “%2”</source>
        <translation>Заменить «%1» на «%2»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Ignore “%1” in This Article</source>
        <translation>Пропускать «%1» в &amp;этой статье</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this word in this article only</source>
        <translation>Принимать это слово только в этой статье</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore Word</source>
        <translation>Пропуск слова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add “%1” to &amp;Newsroom Dictionary</source>
        <translation>Добавить «%1» в словарь &amp;редакции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this word in every article, for every desk</source>
        <translation>Принимать это слово во всех статьях, на всех рабочих местах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Добавление в словарь редакции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add “%1” to &amp;Personal Dictionary</source>
        <translation>Добавить «%1» в &amp;личный словарь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept this word in every article you edit</source>
        <translation>Принимать это слово во всех статьях, которые вы редактируете</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Personal Dictionary</source>
        <translation>Добавление в личный словарь</translation>
    </message>
</context>
<context>
    <name>SpellingReport</name>
    <message>
        <location filename="../app/cli/SpellingReport.cpp" line="+84"/>
        <source>headline</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>byline</source>
        <translation>подпись автора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paragraph %1</source>
        <translation>абзац %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meta title %1</source>
        <translation>мета-заголовок %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, line %2, column %3</source>
        <translation>%1, строка %2, столбец %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no suggestions)</source>
        <translation>(нет вариантов)</translation>
    </message>
</context>
<context>
    <name>SpellingRule</name>
    <message>
        <location filename="../app/core/review/SpellingRule.cpp" line="+33"/>
        <source>“%1” in %2 may be misspelled.</source>
        <translation>Возможно, «%1» (%2) написано с ошибкой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” in %2 may be misspelled; did you mean “%3”?</source>
        <translation>Возможно, «%1» (%2) написано с ошибкой; может быть, имелось в виду «%3»?</translation>
    </message>
</context>
<context>
    <name>SqliteReplay</name>
    <message>
        <location filename="../app/bench/SqliteReplay.cpp" line="+44"/>
        <source>opening %1</source>
        <translation>открытие %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>closing %1</source>
        <translation>закрытие %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the connection&apos;s PRAGMAs</source>
        <translation>PRAGMA соединения</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: %2 (SQLite code %3)</source>
        <translation>%1: %2 (код SQLite %3)</translation>
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
        <location line="+30"/>
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
    <name>StoredLinkLookup</name>
    <message>
        <location filename="../app/storage/StoredLinkLookup.cpp" line="+32"/>
        <source>following a link to article %1</source>
        <translation>переход по ссылке на статью %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the article links</source>
        <translation>чтение связей статей</translation>
    </message>
</context>
<context>
    <name>SummaryLengthRule</name>
    <message numerus="yes">
        <location filename="../app/core/review/SummaryLengthRule.cpp" line="+57"/>
        <source>The summary has %n words; keep it to %1 or fewer (it runs over from “%2”).</source>
        <translation>
            <numerusform>В кратком содержании %n слово; сократите его до %1 или меньше (лишнее начинается с «%2»).</numerusform>
            <numerusform>В кратком содержании %n слова; сократите его до %1 или меньше (лишнее начинается с «%2»).</numerusform>
            <numerusform>В кратком содержании %n слов; сократите его до %1 или меньше (лишнее начинается с «%2»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryMissingRule</name>
    <message>
        <location filename="../app/core/review/SummaryMissingRule.cpp" line="+17"/>
        <source>The article has no reader summary.</source>
        <translation>У статьи нет краткого содержания для читателей.</translation>
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
        <translation>%1/с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 s left</source>
        <translation>осталось около %1 с</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <location filename="../app/core/TextDiff.cpp" line="+302"/>
        <source>%1 (chosen)</source>
        <translation>%1 (выбран)</translation>
    </message>
    <message>
        <location line="+90"/>
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
        <translation>Подпись автора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Слаг</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Paragraph %1 (moved from %2)</source>
        <translation>Абзац %1 (перемещён с позиции %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1</source>
        <translation>Абзац %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Sources of paragraph %1</source>
        <translation>Источники абзаца %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Removed paragraph (was %1)</source>
        <translation>Удалённый абзац (был %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New paragraph %1</source>
        <translation>Новый абзац %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Meta titles</source>
        <translation>Мета-заголовки</translation>
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
        <translation>%1:%2: недопустимая последовательность UTF-8 в позиции байта %3 (байт 0x%4); сохраните текст в UTF-8.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: cannot read standard input: %2</source>
        <translation>%1: не удаётся прочитать стандартный ввод: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no such file.</source>
        <translation>%1: нет такого файла.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a text file.</source>
        <translation>%1: это папка, а не текстовый файл.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не удаётся прочитать файл: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
</context>
<context>
    <name>TitleVariantsRule</name>
    <message>
        <location filename="../app/core/review/TitleVariantsRule.cpp" line="+62"/>
        <source>Meta title %1 is empty.</source>
        <translation>Мета-заголовок %1 пуст.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Meta title %1 (“%2”) repeats meta title %3 (“%4”) apart from case and punctuation.</source>
        <translation>Мета-заголовок %1 («%2») повторяет мета-заголовок %3 («%4») с точностью до регистра и знаков препинания.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meta title %1 contains HTML (“%2”); search results show it as text.</source>
        <translation>Мета-заголовок %1 содержит HTML («%2»); результаты поиска показывают его как текст.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The article has %1 meta-title variants; keep it to %2 or fewer.</source>
        <translation>Вариантов мета-заголовка у статьи: %1; оставьте не больше %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No meta-title variant is chosen; search results will show the headline or a title of their own.</source>
        <translation>Ни один вариант мета-заголовка не выбран; результаты поиска покажут заголовок или собственный вариант.</translation>
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
        <translation>помещается в результаты поиска</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close to the cut (above %1 px)</source>
        <translation>близко к обрезке (больше %1 px)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search results cut it (above %1 px)</source>
        <translation>в результатах поиска обрежется (больше %1 px)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 wide at Arial 20 px, %2.</source>
        <translation>Ширина %1 шрифтом Arial 20 px, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search engines cut titles near %1 px at Arial 20 px; the bar turns amber above %2 px and red above %1 px.</source>
        <translation>Поисковики обрезают заголовки шрифтом Arial 20 px около %1 px; полоса становится жёлтой больше %2 px и красной больше %1 px.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured with the installed Liberation Sans 20 px: %L1 px</source>
        <translation>Измерено установленным шрифтом Liberation Sans 20 px: %L1 px</translation>
    </message>
</context>
<context>
    <name>TitleWidthRule</name>
    <message>
        <location filename="../app/core/review/TitleWidthRule.cpp" line="+38"/>
        <source>Too wide for search results: %1 “%2” is %3 px, and results cut titles at %4 px, after “%5”.</source>
        <translation>Не помещается в результаты поиска: %1 «%2» занимает %3 px, а результаты обрезают заголовки на %4 px, после «%5».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nearly too wide for search results: %1 “%2” is %3 px; above %4 px results may cut it.</source>
        <translation>Почти не помещается в результаты поиска: %1 «%2» занимает %3 px; свыше %4 px результаты могут его обрезать.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Short for search results: %1 “%2” is only %3 px; titles under %4 px leave most of the result line unused.</source>
        <translation>Коротко для результатов поиска: %1 «%2» занимает всего %3 px; заголовки короче %4 px оставляют большую часть строки результата пустой.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+85"/>
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
        <source>Open the database at PATH, or a newsroom server at postgresql://user@host:port/database (default: %1).</source>
        <translation>Открыть базу данных по ПУТИ или сервер редакции по адресу postgresql://user@host:port/database (по умолчанию: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
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
