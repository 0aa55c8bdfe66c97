<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Database</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} — это не папка.</translation>
    </message>
    <message>
        <source>Rapport cannot create a database in {folder}: the folder is read-only.</source>
        <translation>Rapport не может создать базу данных в папке {folder}: папка доступна только для чтения.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} — это не файл.</translation>
    </message>
    <message>
        <source>Rapport is not allowed to read {path}.</source>
        <translation>У Rapport нет прав на чтение {path}.</translation>
    </message>
    <message>
        <source>{path} is read-only. Rapport needs to write to its database; make the file writable or choose another one.</source>
        <translation>Файл {path} доступен только для чтения. Rapport должен записывать данные в свою базу: разрешите запись в этот файл или выберите другой.</translation>
    </message>
    <message>
        <source>{path} is not a Rapport database (it is not an SQLite file).</source>
        <translation>{path} — это не база данных Rapport (это не файл SQLite).</translation>
    </message>
    <message>
        <source>Rapport cannot open {target}: {reason}</source>
        <translation>Rapport не может открыть {target}: {reason}</translation>
    </message>
    <message>
        <source>{target} is not a valid database address.</source>
        <translation>{target} — недопустимый адрес базы данных.</translation>
    </message>
    <message>
        <source>{target} is a database of another program, not a Rapport database.</source>
        <translation>{target} — это база данных другой программы, а не Rapport.</translation>
    </message>
    <message>
        <source>{target} was written by a newer version of Rapport. Update Rapport to open it.</source>
        <translation>База данных {target} создана более новой версией Rapport. Обновите Rapport, чтобы открыть её.</translation>
    </message>
    <message>
        <source>{target} needs an upgrade before it can be used.</source>
        <translation>Перед началом работы базу данных {target} необходимо обновить.</translation>
    </message>
    <message>
        <source>The upgrade of {target} failed: {reason}. A copy from before the upgrade is at {backup}.</source>
        <translation>Не удалось обновить {target}: {reason}. Копия, сделанная до обновления, находится в {backup}.</translation>
    </message>
    <message>
        <source>{target} is a database in memory; the window needs a file. Use --db with a file name.</source>
        <translation>{target} — база данных в памяти, а окну нужен файл. Укажите имя файла в --db.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Coming soon</source>
        <translation>Скоро появится</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This company no longer exists. It may have been removed from the Trash.</source>
        <translation>Этой компании больше нет. Возможно, она была удалена из корзины.</translation>
    </message>
    <message>
        <source>“{name}” is in the Trash. Restore it first.</source>
        <translation>«{name}» находится в корзине. Сначала восстановите эту запись.</translation>
    </message>
    <message>
        <source>This contact no longer exists. It may have been removed from the Trash.</source>
        <translation>Этого контакта больше нет. Возможно, он был удалён из корзины.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Новый контакт…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;О программе Rapport</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Создание резервной копии базы данных…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>Не удалось записать резервную копию: {reason}</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>О программе Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;An offline-first CRM: contacts, conversations, follow-ups, deals and loyalty, in one file on your computer.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;CRM, которая работает и без интернета: контакты, история общения, напоминания, сделки и лояльность клиентов — в одном файле на вашем компьютере.&lt;/p&gt;&lt;p&gt;База данных: {database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Same as the computer&apos;s</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>e.g. Dilnoza Karimova</source>
        <translation>например, Дилноза Каримова</translation>
    </message>
    <message>
        <source>A new language applies the next time Rapport starts.</source>
        <translation>Новый язык будет применён при следующем запуске Rapport.</translation>
    </message>
    <message>
        <source>Phone numbers without + are from:</source>
        <translation>Страна для номеров телефонов без +:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>Rapport</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Rapport cannot open the database</source>
        <translation>Rapport не может открыть базу данных</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed in the file.</source>
        <translation>{reason}

Файл не был изменён.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Every person and company, searchable as you type, with the whole history of each customer on one page.</source>
        <translation>Все люди и компании с поиском по мере ввода и полной историей каждого клиента на одной странице.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Your follow-ups as an agenda: overdue, today, this week, later, done.</source>
        <translation>Ваши напоминания в виде плана: просроченные, на сегодня, на этой неделе, позже, выполненные.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Open deals on a board by stage, and a forecast of what the month will bring.</source>
        <translation>Открытые сделки на доске по этапам и прогноз на текущий месяц.</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>Purchases, points and tiers; who is new, loyal, growing, slipping or lapsed, and who to win back.</source>
        <translation>Покупки, баллы и уровни: кто из клиентов новый, постоянный, растущий, уходящий или ушедший — и кого стоит вернуть.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
    <message>
        <source>Charts of new customers, retention, revenue and the pipeline, month by month.</source>
        <translation>Графики новых клиентов, удержания, выручки и воронки продаж по месяцам.</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>Импорт/экспорт</translation>
    </message>
    <message>
        <source>Bring contacts in from Excel, CSV and vCard files, and take any list out.</source>
        <translation>Загрузка контактов из файлов Excel, CSV и vCard и выгрузка любого списка.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Type the name of the company.</source>
        <translation>Введите название компании.</translation>
    </message>
    <message>
        <source>Type a name: a first name, a last name or a display name.</source>
        <translation>Введите имя, фамилию или отображаемое имя.</translation>
    </message>
    <message>
        <source>The first and last name together are {length} characters long, over the limit of {limit}. Type a shorter display name.</source>
        <translation>Имя и фамилия вместе слишком длинные (символов: {length}, максимум: {limit}). Введите более короткое отображаемое имя.</translation>
    </message>
    <message>
        <source>The chosen company no longer exists. Choose another one.</source>
        <translation>Выбранной компании больше нет. Выберите другую.</translation>
    </message>
    <message>
        <source>The company “{name}” is in the Trash. Restore it first or choose another company.</source>
        <translation>Компания «{name}» находится в корзине. Сначала восстановите её или выберите другую компанию.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>Дата рождения не может быть в будущем.</translation>
    </message>
    <message>
        <source>Too long: {length} characters. The limit is {limit}.</source>
        <translation>Слишком длинный текст (символов: {length}, максимум: {limit}).</translation>
    </message>
    <message>
        <source>Contains a hidden character ({code}) at position {position} that cannot be stored. Remove it and try again.</source>
        <translation>Содержит скрытый символ ({code}) в позиции {position}, который нельзя сохранить. Удалите его и повторите попытку.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Это поле не может быть пустым.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it has no @ sign.</source>
        <translation>«{value}» — не адрес электронной почты: в нём нет знака @.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it has more than one @ sign.</source>
        <translation>«{value}» — не адрес электронной почты: в нём больше одного знака @.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: there is nothing before the @ sign.</source>
        <translation>«{value}» — не адрес электронной почты: перед знаком @ ничего нет.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: there is nothing after the @ sign.</source>
        <translation>«{value}» — не адрес электронной почты: после знака @ ничего нет.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it contains a space.</source>
        <translation>«{value}» — не адрес электронной почты: в нём есть пробел.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: the part after the @ sign needs a dot, as in example.com.</source>
        <translation>«{value}» — не адрес электронной почты: в части после знака @ должна быть точка, например example.com.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address. {reason}</source>
        <translation>«{value}» — не адрес электронной почты. {reason}</translation>
    </message>
    <message>
        <source>“{value}” has no country code. Type the number with + and its country code (as in +1 202 555 0143), or choose your country in Preferences so that local numbers can be read.</source>
        <translation>В номере «{value}» нет кода страны. Введите номер с + и кодом страны (например, +1 202 555 0143) или выберите свою страну в настройках, чтобы распознавались местные номера.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>«{value}» — не номер телефона.</translation>
    </message>
    <message>
        <source>“{value}” does not start with a known country code.</source>
        <translation>«{value}» не начинается с известного кода страны.</translation>
    </message>
    <message>
        <source>“{value}” has too few digits for a phone number.</source>
        <translation>В «{value}» слишком мало цифр для номера телефона.</translation>
    </message>
    <message>
        <source>“{value}” has too many digits for a phone number.</source>
        <translation>В «{value}» слишком много цифр для номера телефона.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number for the country code +{country_code}. Check the digits.</source>
        <translation>«{value}» — недопустимый номер телефона для кода страны +{country_code}. Проверьте цифры.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address. Type it like example.com or https://www.example.com.</source>
        <translation>«{value}» — не веб-адрес. Введите адрес в виде example.com или https://www.example.com.</translation>
    </message>
    <message>
        <source>“{value}” is not a lifecycle stage. Choose one of: {choices}.</source>
        <translation>«{value}» — не этап жизненного цикла. Выберите один из вариантов: {choices}.</translation>
    </message>
    <message>
        <source>There are two custom fields named “{key}”.</source>
        <translation>Есть два дополнительных поля с названием «{key}».</translation>
    </message>
    <message>
        <source>The custom field “{key}” can hold text, a number, yes/no or nothing, not {kind}.</source>
        <translation>Дополнительное поле «{key}» может содержать текст, число, да/нет или быть пустым, но не {kind}.</translation>
    </message>
    <message>
        <source>The custom field “{key}” holds {value}, which is not a number that can be stored.</source>
        <translation>Дополнительное поле «{key}» содержит значение {value}, которое нельзя сохранить как число.</translation>
    </message>
</context>
</TS>
