<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActivityView</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>{count} more not shown: narrow the list with the filters</source>
        <translation>Ещё {count} не показано: сузьте список с помощью фильтров</translation>
    </message>
    <message>
        <source>{bucket} ({count})</source>
        <translation>{bucket} ({count})</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>The pipeline has no deals, so there is nothing to export.</source>
        <translation>В воронке продаж нет сделок, поэтому экспортировать нечего.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>Конверсия по этапам</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Weighted value of open deals</source>
        <translation>Взвешенная сумма открытых сделок</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Сумма выигранных сделок</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Finished visits</source>
        <translation>Прошли этап</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Дней в среднем</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигрышей</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Средняя выигранная сделка</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Money figures count the deals in {currency}; counts take every deal.</source>
        <translation>Денежные суммы учитывают сделки в {currency}; количество — все сделки.</translation>
    </message>
    <message>
        <source>Open deals with no expected close (weighted)</source>
        <translation>Открытые сделки без ожидаемой даты закрытия (взвешенная сумма)</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Дата экспорта</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Создано программой</translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>{series}
{category}: {value}</source>
        <extracomment>Bands with more than this many entries put the legend at the side (a row of them below a chart half a window wide cuts their names short). What a chart&apos;s width has besides its plot: the value axis, its title, margins. The room QtCharts leaves on each side of an axis label. Eight distinct colours for named bands (Tableau 10), then the &quot;other&quot; and &quot;none&quot; ones: QtCharts&apos; own theme has five, and pales the sixth and later into the background.</extracomment>
        <translation>{series}
{category}: {value}</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>column: when</comment>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Undone on {when}</source>
        <translation>Отменено {when}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>status</comment>
        <translation>Импортировано</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>weighted {weighted}</source>
        <translation>взвешенная {weighted}</translation>
    </message>
    <message numerus="yes">
        <source>and %n other currencies</source>
        <translation>
            <numerusform>и ещё %n валюта</numerusform>
            <numerusform>и ещё %n валюты</numerusform>
            <numerusform>и ещё %n валют</numerusform>
        </translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Нет сделок</translation>
    </message>
    <message>
        <source>Win probability {p} %</source>
        <translation>Вероятность выигрыша {p} %</translation>
    </message>
</context>
<context>
    <name>CampaignAsk</name>
    <message>
        <source>Log campaign</source>
        <translation>Запись кампании</translation>
    </message>
    <message numerus="yes">
        <source>An outbound interaction is logged now on each of the %n contact(s) of this list, and becomes their last contact.</source>
        <translation>
            <numerusform>Сейчас для каждого из %n контакта этого списка будет записано исходящее взаимодействие; оно станет последним контактом с ним.</numerusform>
            <numerusform>Сейчас для каждого из %n контактов этого списка будет записано исходящее взаимодействие; оно станет последним контактом с ним.</numerusform>
            <numerusform>Сейчас для каждого из %n контактов этого списка будет записано исходящее взаимодействие; оно станет последним контактом с ним.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was sent (optional)</source>
        <translation>Что было отправлено (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message numerus="yes">
        <source>Log on %n contact(s)</source>
        <translation>
            <numerusform>Записать для %n контакта</numerusform>
            <numerusform>Записать для %n контактов</numerusform>
            <numerusform>Записать для %n контактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>This list holds no contacts, so there is nothing to do. Recompute, or choose another list.</source>
        <translation>В этом списке нет контактов, поэтому делать нечего. Выполните пересчёт или выберите другой список.</translation>
    </message>
    <message>
        <source>None of the {count} contacts in this list opted in to marketing, so nothing was exported.</source>
        <translation>Ни один из контактов этого списка ({count}) не дал согласия на рассылку, поэтому ничего не экспортировано.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>overdue</source>
        <extracomment>Party names are read for this many cards around the one being painted. Reads the party names of some cards (board.party_names in a unit of work). Deal ids dropped on this column: (ids, this column&apos;s stage id).</extracomment>
        <translation>просрочена</translation>
    </message>
</context>
<context>
    <name>ChartFiles</name>
    <message>
        <source>Save chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>не удалось закодировать изображение</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: {reason}</source>
        <translation>Не удалось сохранить диаграмму в {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved the chart to {path}</source>
        <translation>Диаграмма сохранена: {path}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <extracomment>The workbook was written: its path.</extracomment>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Экспорт данных…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Экспорт данных</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Exporting “{chart}”…</source>
        <translation>Экспорт диаграммы «{chart}»…</translation>
    </message>
    <message>
        <source>Exported the data to {path}</source>
        <translation>Данные экспортированы. Файл: {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось выполнить экспорт</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Ничего не экспортировано: {reason}</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <source>Deal Won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <source>Moving the deal to “{stage}” closes it.</source>
        <translation>Перемещение сделки на этап «{stage}» закрывает её.</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Дата закрытия:</translation>
    </message>
    <message>
        <source>Add reason…</source>
        <translation>Добавить причину…</translation>
    </message>
    <message>
        <source>A new reason</source>
        <translation>Новая причина</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Причина не указана</translation>
    </message>
</context>
<context>
    <name>CompanyBox</name>
    <message>
        <source>No company</source>
        <translation>Без компании</translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>This company is in the Trash.</source>
        <translation>Эта компания в корзине.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>New Company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменить {name}</translation>
    </message>
    <message>
        <source>For example: example.com</source>
        <translation>Например: example.com</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Отрасль:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Улица:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Почтовый индекс:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Назад к списку (Alt+Влево)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Write this company&apos;s people to a file</source>
        <translation>Сохранить сотрудников этой компании в файл</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>people</source>
        <translation>сотрудники</translation>
    </message>
    <message numerus="yes">
        <source>People (%Ln)</source>
        <translation>
            <numerusform>Сотрудники (%Ln)</numerusform>
            <numerusform>Сотрудники (%Ln)</numerusform>
            <numerusform>Сотрудники (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete Task</source>
        <translation>Завершение задачи</translation>
    </message>
    <message>
        <source>Log what came of “{title}” with {contact}?</source>
        <translation>Записать, чем закончилась задача «{title}» с контактом {contact}?</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Что произошло:</translation>
    </message>
    <message>
        <source>Complete and Log</source>
        <translation>Завершить и записать</translation>
    </message>
    <message>
        <source>Complete without Logging</source>
        <translation>Завершить без записи</translation>
    </message>
</context>
<context>
    <name>ContactBox</name>
    <message>
        <source>No contact</source>
        <translation>Без контакта</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>{title} at {company}</source>
        <extracomment>The company&apos;s name was clicked: open its page.</extracomment>
        <translation>{title}, {company}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Этап: {stage}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Ответственный: {owner}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Нет ответственного</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Нет согласия на рассылку</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Есть согласие на рассылку</translation>
    </message>
    <message>
        <source>Opted in on {date}</source>
        <translation>Согласие на рассылку с {date}</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Контактов ещё не было</translation>
    </message>
    <message>
        <source>Last contact: today</source>
        <translation>Последний контакт: сегодня</translation>
    </message>
    <message>
        <source>Last contact: yesterday</source>
        <translation>Последний контакт: вчера</translation>
    </message>
    <message numerus="yes">
        <source>Last contact: %Ln day(s) ago</source>
        <translation>
            <numerusform>Последний контакт: %Ln день назад</numerusform>
            <numerusform>Последний контакт: %Ln дня назад</numerusform>
            <numerusform>Последний контакт: %Ln дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Редактирование: {name}</translation>
    </message>
    <message>
        <source>Made from the first and last name</source>
        <translation>Составляется из имени и фамилии</translation>
    </message>
    <message>
        <source>For example: signed form at the shop</source>
        <translation>Например: подписанная анкета в магазине</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>Agreed to receive marketing</source>
        <translation>Есть согласие на рассылки</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известен</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Не удалось объединить</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Отображаемое имя:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Other emails:</source>
        <translation>Другие адреса эл. почты:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Другие телефоны:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Sales &amp;&amp; Consent</source>
        <translation>Продажи и согласие</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Этап жизненного цикла:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Рассылки:</translation>
    </message>
    <message>
        <source>Opted in on:</source>
        <translation>Дата согласия:</translation>
    </message>
    <message>
        <source>How obtained:</source>
        <translation>Способ получения:</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Личное</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Улица:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Почтовый индекс:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>ContactListDialog</name>
    <message>
        <source>Counting…</source>
        <extracomment>The list was counted and is shown. A bulk action ended (its count; 0 when it failed).</extracomment>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Create follow-ups…</source>
        <translation>Создать задачи на повторную связь…</translation>
    </message>
    <message>
        <source>Log campaign…</source>
        <translation>Записать кампанию…</translation>
    </message>
    <message>
        <source>Export for mailing…</source>
        <translation>Экспорт для рассылки…</translation>
    </message>
    <message>
        <source>Only the contacts who opted in to marketing are exported.</source>
        <translation>Экспортируются только контакты, давшие согласие на рассылку.</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Открыть контакт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n контакт</numerusform>
            <numerusform>%n контакта</numerusform>
            <numerusform>%n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts in this list now.</source>
        <translation>Сейчас в этом списке нет контактов.</translation>
    </message>
    <message>
        <source>Follow up: {list}</source>
        <translation>Связаться повторно: {list}</translation>
    </message>
    <message>
        <source>Create follow-ups</source>
        <translation>Создание задач на повторную связь</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>Создана %n задача на повторную связь.</numerusform>
            <numerusform>Создано %n задачи на повторную связь.</numerusform>
            <numerusform>Создано %n задач на повторную связь.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log campaign</source>
        <translation>Запись кампании</translation>
    </message>
    <message numerus="yes">
        <source>Logged the campaign on %n contact(s).</source>
        <translation>
            <numerusform>Кампания записана для %n контакта.</numerusform>
            <numerusform>Кампания записана для %n контактов.</numerusform>
            <numerusform>Кампания записана для %n контактов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) who opted in to marketing to {path}.</source>
        <translation>
            <numerusform>Экспортирован %n контакт с согласием на рассылку. Файл: {path}.</numerusform>
            <numerusform>Экспортировано %n контакта с согласием на рассылку. Файл: {path}.</numerusform>
            <numerusform>Экспортировано %n контактов с согласием на рассылку. Файл: {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of the list were left out for lack of consent.</source>
        <translation>
            <numerusform>%n контакт из списка пропущен, так как нет согласия на рассылку.</numerusform>
            <numerusform>%n контакта из списка пропущены, так как нет согласия на рассылку.</numerusform>
            <numerusform>%n контактов из списка пропущено, так как нет согласия на рассылку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the list opted in.</source>
        <translation>Все контакты списка дали согласие на рассылку.</translation>
    </message>
    <message>
        <source>Export for mailing</source>
        <translation>Экспорт для рассылки</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <extracomment>A page landed (its number).</extracomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Согласие на рассылку</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>(deleted since the list was opened)</source>
        <translation>(удалён после открытия списка)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Вернуться к списку (Alt+Left)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Повторная связь…</translation>
    </message>
    <message>
        <source>A task to follow up the chosen interaction (Menu key on a row)</source>
        <translation>Задача связаться повторно по выбранному взаимодействию (или клавиша меню на строке)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>{title} — due {date}</source>
        <translation>{title} — срок {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%Ln interaction(s))</source>
        <translation>
            <numerusform>Хронология (%Ln взаимодействие)</numerusform>
            <numerusform>Хронология (%Ln взаимодействия)</numerusform>
            <numerusform>Хронология (%Ln взаимодействий)</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up: {subject}</source>
        <translation>Связаться повторно: {subject}</translation>
    </message>
    <message>
        <source>Follow up: {channel}</source>
        <translation>Связаться повторно: {channel}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>The number of matching contacts changed (after a new query or a refresh).</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Search names, emails, phones, companies and notes</source>
        <translation>Поиск по именам, эл. почте, телефонам, компаниям и заметкам</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Любой этап</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Любая компания</translation>
    </message>
    <message>
        <source>Marketing: any</source>
        <translation>Рассылки: все</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Согласны на рассылку</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Не согласны на рассылку</translation>
    </message>
    <message>
        <source>Tasks: any</source>
        <translation>Задачи: все</translation>
    </message>
    <message>
        <source>Has open tasks</source>
        <translation>Есть открытые задачи</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Нет открытых задач</translation>
    </message>
    <message>
        <source>Last contact: any</source>
        <translation>Последний контакт: любой</translation>
    </message>
    <message>
        <source>No contact for </source>
        <translation>Без контакта </translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Write the contacts this search and these filters show to a file</source>
        <translation>Сохранить в файл контакты, которые показаны с текущим поиском и фильтрами</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Merge These Two…</source>
        <translation>Объединить эти два контакта…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the Trash</source>
        <translation>
            <numerusform>%n контакт перемещён в корзину</numerusform>
            <numerusform>%n контакта перемещены в корзину</numerusform>
            <numerusform>%n контактов перемещено в корзину</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s)</source>
        <translation>
            <numerusform>Восстановлен %n контакт</numerusform>
            <numerusform>Восстановлено %n контакта</numerusform>
            <numerusform>Восстановлено %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <source>Delete every contact in the Trash for good, with their interactions and tasks? This cannot be undone.</source>
        <translation>Окончательно удалить все контакты из корзины вместе с их взаимодействиями и задачами? Это действие нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good</source>
        <translation>
            <numerusform>%n контакт удалён окончательно</numerusform>
            <numerusform>%n контакта удалены окончательно</numerusform>
            <numerusform>%n контактов удалено окончательно</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln contact(s)</source>
        <translation>
            <numerusform>Более %Ln контакта</numerusform>
            <numerusform>Более %Ln контактов</numerusform>
            <numerusform>Более %Ln контактов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>No source</source>
        <translation>Без источника</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Другие источники</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Без уровня</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Bought again within a year</source>
        <translation>Купили снова в течение года</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Доля повторных покупок</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательно</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Not yet, less than a year so far</source>
        <translation>Ещё нет, прошло меньше года</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Повторные покупки</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>Выручка по уровням</translation>
    </message>
    <message>
        <source>Reactivated customers</source>
        <translation>Вернувшиеся клиенты</translation>
    </message>
    <message>
        <source>Reactivations</source>
        <translation>Возвращения клиентов</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Общая сумма</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Воронка открытых сделок</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Recompute</source>
        <extracomment>The section is at least this wide (pixels) for two charts side by side: a window of 1,280 pixels and more, beside the sidebar. The stored figures were read and are shown (or the empty state is). The Recompute button was pressed: the window runs the recompute. What is on screen: None before the first recompute (or a load).</extracomment>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Work out every customer&apos;s standing and these figures again</source>
        <translation>Заново рассчитать положение каждого клиента и эти показатели</translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation>Пересчитать сейчас</translation>
    </message>
    <message>
        <source>New customers by source</source>
        <translation>Новые клиенты по источникам</translation>
    </message>
    <message>
        <source>Customers whose first purchase fell in the month, by where they came from.</source>
        <translation>Клиенты, чья первая покупка пришлась на этот месяц, по источникам привлечения.</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Повторные покупки</translation>
    </message>
    <message>
        <source>Of the customers who first bought in the month, the share who bought again within a year (365 days). Dashed: less than a year has passed, the share may still rise.</source>
        <translation>Доля клиентов, впервые купивших в этом месяце, которые купили снова в течение года (365 дней). Пунктир: прошло меньше года, доля ещё может вырасти.</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>Выручка по уровням</translation>
    </message>
    <message>
        <source>Purchases by month, by the tier their buyer holds now.</source>
        <translation>Покупки по месяцам с разбивкой по текущему уровню покупателя.</translation>
    </message>
    <message>
        <source>Reactivations</source>
        <translation>Возвращения клиентов</translation>
    </message>
    <message>
        <source>Lapsed customers who bought again, by the month they came back.</source>
        <translation>Ушедшие клиенты, которые снова сделали покупку, по месяцу возвращения.</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Воронка открытых сделок</translation>
    </message>
    <message>
        <source>Open deals by stage: their value, and their value weighted by the chance of winning them.</source>
        <translation>Открытые сделки по этапам: их сумма и сумма, взвешенная по вероятности выигрыша.</translation>
    </message>
    <message>
        <source>The figures could not be read: {reason}</source>
        <translation>Не удалось прочитать показатели: {reason}</translation>
    </message>
    <message>
        <source>No figures to show</source>
        <translation>Нет данных для показа</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Ещё не рассчитано.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Показателей пока нет</translation>
    </message>
    <message>
        <source>The Dashboard charts new customers by source, repeat purchases, revenue by tier, reactivations and the open pipeline. The recompute works them out after imports and whenever you ask for it.</source>
        <translation>На панели — диаграммы новых клиентов по источникам, повторных покупок, выручки по уровням, возвращений клиентов и воронки открытых сделок. Пересчёт выполняется после импорта и в любой момент по вашему запросу.</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Пока нечего показать на диаграммах</translation>
    </message>
    <message>
        <source>No customer has bought anything in the last two years and no deal is open. Log purchases or import them, then recompute.</source>
        <translation>За последние два года никто из клиентов ничего не покупал, и открытых сделок нет. Запишите или импортируйте покупки, затем выполните пересчёт.</translation>
    </message>
    <message>
        <source>Computed on {date} at {time}.</source>
        <translation>Рассчитано {date} в {time}.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Reactivated customers</source>
        <translation>Вернувшиеся клиенты</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Общая сумма</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Что показывает</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>{currency}, the loyalty programme&apos;s: purchases in other currencies are not counted.</source>
        <translation>{currency} — валюта программы лояльности; покупки в других валютах не учитываются.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>{currency}: the values count the deals in {currency}. Open deals in other currencies, counted but not summed: {count}.</source>
        <translation>{currency}: суммы учитывают сделки в {currency}. Открытых сделок в других валютах (учтены в количестве, но не в суммах): {count}.</translation>
    </message>
    <message>
        <source>Computed on</source>
        <translation>Дата расчёта</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Дата экспорта</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Создано программой</translation>
    </message>
</context>
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
    <name>DealDialog</name>
    <message>
        <source>Deal: {title}</source>
        <translation>Сделка: {title}</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>What is being sold, and to whom</source>
        <translation>Что продаётся и кому</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Ком&amp;пания:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка продаж:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>&amp;Ожидаемое закрытие:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>О&amp;тветственный:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>В&amp;ероятность:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the deal to the Trash (Edit &gt; Undo brings it back)</source>
        <translation>Переместить сделку в корзину («Правка &gt; Отменить» вернёт её)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status}: {date}</translation>
    </message>
    <message>
        <source>This deal is in the Trash.</source>
        <translation>Эта сделка в корзине.</translation>
    </message>
    <message>
        <source>The stage&apos;s ({percent} %)</source>
        <translation>Как у этапа ({percent} %)</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Contact or company</source>
        <translation>Контакт или компания</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>DealsBlock</name>
    <message>
        <source>Deals</source>
        <extracomment>A deal form was opened (tests and the main window may want it). The deals shown were (re)read: a list of DealRecord.</extracomment>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Double-click or Enter opens a deal</source>
        <translation>Двойной щелчок или Enter открывает сделку</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>закрытие {date}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>просрочена с {date}</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>закрыта {date}</translation>
    </message>
    <message numerus="yes">
        <source>Deals (%Ln open)</source>
        <translation>
            <numerusform>Сделки (%Ln открытая)</numerusform>
            <numerusform>Сделки (%Ln открытые)</numerusform>
            <numerusform>Сделки (%Ln открытых)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>This person may already be in Rapport:</source>
        <translation>Возможно, этот человек уже есть в Rapport:</translation>
    </message>
    <message>
        <source>Open Existing</source>
        <translation>Открыть существующий</translation>
    </message>
    <message>
        <source>Merge into Existing…</source>
        <translation>Объединить с существующим…</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation>Вернуться к редактированию</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>тот же адрес эл. почты</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>похожее имя в той же компании</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
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
        <source>“{name}” has contacts now, so creating it cannot be undone.</source>
        <translation>У компании «{name}» уже есть контакты, поэтому её создание нельзя отменить.</translation>
    </message>
    <message>
        <source>“{name}” cannot be created again: another company has taken its place.</source>
        <translation>Компанию «{name}» нельзя создать снова: её место заняла другая компания.</translation>
    </message>
    <message>
        <source>This contact no longer exists. It may have been removed from the Trash.</source>
        <translation>Этого контакта больше нет. Возможно, он был удалён из корзины.</translation>
    </message>
    <message>
        <source>This interaction no longer exists.</source>
        <translation>Этой записи о взаимодействии больше нет.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Этой задачи больше нет.</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>Этой сделки больше нет.</translation>
    </message>
    <message>
        <source>The deal “{title}” is in the Trash.</source>
        <translation>Сделка «{title}» находится в корзине.</translation>
    </message>
    <message>
        <source>The deal “{title}” has moved since, so this move cannot be taken back.</source>
        <translation>Сделка «{title}» с тех пор была перемещена, поэтому это перемещение нельзя отменить.</translation>
    </message>
    <message>
        <source>This pipeline no longer exists.</source>
        <translation>Этой воронки продаж больше нет.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Этого этапа больше нет.</translation>
    </message>
    <message>
        <source>This lost reason no longer exists.</source>
        <translation>Этой причины проигрыша больше нет.</translation>
    </message>
    <message>
        <source>The tier “{name}” no longer exists. Close the settings and open them again.</source>
        <translation>Уровня «{name}» больше нет. Закройте настройки и откройте их снова.</translation>
    </message>
    <message>
        <source>This points entry no longer exists.</source>
        <translation>Этой записи о баллах больше нет.</translation>
    </message>
    <message>
        <source>This purchase no longer exists.</source>
        <translation>Этой покупки больше нет.</translation>
    </message>
    <message>
        <source>This purchase is in the Trash.</source>
        <translation>Эта покупка в корзине.</translation>
    </message>
    <message>
        <source>This purchase is not in the Trash.</source>
        <translation>Этой покупки нет в корзине.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Contacts</source>
        <extracomment>A sentence of the About text: a template and its values.</extracomment>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Что экспортировано</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Дата экспорта</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Dates and times are the local time of the computer that exported them ({zone} when exported). Rapport stores them in UTC.</source>
        <translation>Даты и время указаны по местному времени компьютера, на котором выполнен экспорт (на момент экспорта — {zone}). Rapport хранит их в UTC.</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Создано программой</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>Сокращено</translation>
    </message>
    <message>
        <source>{count} cells held more than 32,767 characters, all a workbook cell can hold, and were cut there. Export as .csv to keep all the text.</source>
        <translation>Ячеек, содержавших более 32 767 символов (максимум для ячейки книги Excel): {count}; текст в них обрезан. Чтобы сохранить весь текст, экспортируйте в формате .csv.</translation>
    </message>
    <message>
        <source>Tags: {names}</source>
        <translation>Теги: {names}</translation>
    </message>
    <message>
        <source>Lifecycle stage: {names}</source>
        <translation>Этап жизненного цикла: {names}</translation>
    </message>
    <message>
        <source>Source: {names}</source>
        <translation>Источник: {names}</translation>
    </message>
    <message>
        <source>Owner: {names}</source>
        <translation>Ответственный: {names}</translation>
    </message>
    <message>
        <source>Company: {name}</source>
        <translation>Компания: {name}</translation>
    </message>
    <message>
        <source>Company: a name that is no company</source>
        <translation>Компания: название, которого нет среди компаний</translation>
    </message>
    <message>
        <source>Opted in to marketing</source>
        <translation>Есть согласие на рассылку</translation>
    </message>
    <message>
        <source>Not opted in to marketing</source>
        <translation>Нет согласия на рассылку</translation>
    </message>
    <message>
        <source>Has open tasks</source>
        <translation>Есть открытые задачи</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Нет открытых задач</translation>
    </message>
    <message>
        <source>No contact for {days} days</source>
        <translation>Нет контакта {days} дн.</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <source>Priority: {name}</source>
        <translation>Приоритет: {name}</translation>
    </message>
    <message>
        <source>Status: {names}</source>
        <translation>Статус: {names}</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <extracomment>The line the contact&apos;s name is written in, below the notes. The file is read by other people&apos;s apps, so the UI may pass it translated.</extracomment>
        <translation>Контакт: {name}</translation>
    </message>
    <message>
        <source>From {moment}</source>
        <translation>С {moment}</translation>
    </message>
    <message>
        <source>Before {moment}</source>
        <translation>До {moment}</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}.</source>
        <extracomment>The export formats, by file suffix. The write buffer of export files. Each write to a file releases the GIL, and a worker that does so every millisecond starves the GUI thread (see xlsx_writer._buffer_rows); 1 MiB means a few writes a second. Data rows a workbook sheet holds below its header (Excel&apos;s limit).</extracomment>
        <translation>Не удалось записать «{path}»: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” is not a file Rapport can write. Name it .xlsx, .csv or .vcf.</source>
        <translation>Rapport не может записать файл «{name}». Укажите расширение .xlsx, .csv или .vcf.</translation>
    </message>
    <message>
        <source>vCard files hold contacts only. Choose .xlsx or .csv for this export.</source>
        <translation>Файлы vCard содержат только контакты. Для этого экспорта выберите формат .xlsx или .csv.</translation>
    </message>
    <message>
        <source>{count} rows are more than a workbook holds ({limit}). Export them as .csv.</source>
        <translation>Строк: {count} — это больше, чем вмещает книга Excel ({limit}). Экспортируйте их в формате .csv.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV с разделителями-запятыми (*.csv)</translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation>Адресная книга vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Pipeline: {name}</source>
        <translation>Воронка продаж: {name}</translation>
    </message>
    <message>
        <source>Close date from {date}</source>
        <translation>Дата закрытия с {date}</translation>
    </message>
    <message>
        <source>Close date until {date}</source>
        <translation>Дата закрытия по {date}</translation>
    </message>
    <message>
        <source>Won or lost from {date}</source>
        <translation>Выиграны или проиграны с {date}</translation>
    </message>
    <message>
        <source>{pipeline} deals</source>
        <translation>Сделки ({pipeline})</translation>
    </message>
    <message>
        <source>List: {name}</source>
        <extracomment>The About sheet&apos;s line naming the list (the &quot;Export&quot; context, as every line there).</extracomment>
        <translation>Список: {name}</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Cancel</source>
        <extracomment>run(session, path, fmt=..., progress=..., cancel=..., translate=...) -&gt; ExportResult The ExportResult, or None when it failed or was cancelled.</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись файла {file}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён, файл не записан.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось выполнить экспорт</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Ничего не экспортировано: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}</source>
        <translation>
            <numerusform>Экспортирован %n контакт. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n контакта. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n контактов. Файл: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n company(ies) to {path}</source>
        <translation>
            <numerusform>Экспортирована %n компания. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n компании. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n компаний. Файл: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to {path}</source>
        <translation>
            <numerusform>Экспортирована %n задача. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n задачи. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n задач. Файл: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to {path}</source>
        <translation>
            <numerusform>Экспортирована %n сделка. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n сделки. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n сделок. Файл: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interaction(s) to {path}</source>
        <translation>
            <numerusform>Экспортировано %n взаимодействие. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n взаимодействия. Файл: {path}</numerusform>
            <numerusform>Экспортировано %n взаимодействий. Файл: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Rapport reads the file&apos;s header and first rows.</source>
        <translation>Rapport читает заголовок и первые строки файла.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Import as:</source>
        <translation>&amp;Импортировать как:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение файла {name}…</translation>
    </message>
</context>
<context>
    <name>FollowUpAsk</name>
    <message>
        <source>Create follow-ups</source>
        <translation>Создание задач на повторную связь</translation>
    </message>
    <message numerus="yes">
        <source>A follow-up task for each of the %n contact(s) of this list, assigned to the contact’s owner.</source>
        <translation>
            <numerusform>Задача на повторную связь для каждого из %n контакта этого списка; её получит ответственный за контакт.</numerusform>
            <numerusform>Задача на повторную связь для каждого из %n контактов этого списка; её получит ответственный за контакт.</numerusform>
            <numerusform>Задача на повторную связь для каждого из %n контактов этого списка; её получит ответственный за контакт.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message numerus="yes">
        <source>Create %n task(s)</source>
        <translation>
            <numerusform>Создать %n задачу</numerusform>
            <numerusform>Создать %n задачи</numerusform>
            <numerusform>Создать %n задач</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Weighted value of open deals, by expected close</source>
        <translation>Взвешенная сумма открытых сделок по ожидаемой дате закрытия</translation>
    </message>
    <message>
        <source>Won value, by close month</source>
        <translation>Сумма выигранных сделок по месяцу закрытия</translation>
    </message>
    <message>
        <source>{series}
{month}: {amount}</source>
        <translation>{series}
{month}: {amount}</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Currency:</source>
        <extracomment>A line for the window&apos;s status bar. A report is on screen (after each load). The workbook was written: its path. What is on screen, or None before the first load lands. Today&apos;s date, for the chart&apos;s months (tests fix it).</extracomment>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Сохранить диаграмму в PNG…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Loading the forecast…</source>
        <translation>Загрузка прогноза…</translation>
    </message>
    <message>
        <source>No deals in this pipeline yet</source>
        <translation>В этой воронке продаж пока нет сделок</translation>
    </message>
    <message>
        <source>Add deals on the board. Here you will then see the weighted value of the open deals by the month they are expected to close, the won value by month, how deals move from stage to stage, how long they stay in each, and which sources win.</source>
        <translation>Добавьте сделки на доске. Тогда здесь появятся взвешенная сумма открытых сделок по месяцам ожидаемого закрытия, сумма выигранных сделок по месяцам, переходы сделок с этапа на этап, время на каждом этапе и источники, которые приносят выигрыши.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Finished visits</source>
        <translation>Прошли этап</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Дней в среднем</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигрышей</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Средняя выигранная сделка</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>Конверсия по этапам</translation>
    </message>
    <message>
        <source>Deals that reached each stage, and the share of them that reached the next.</source>
        <translation>Сколько сделок дошло до каждого этапа и какая доля из них дошла до следующего.</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
    <message>
        <source>Mean days of the visits that have ended.</source>
        <translation>Среднее число дней на этапе у сделок, которые уже покинули его.</translation>
    </message>
    <message>
        <source>Acquisition sources</source>
        <translation>Источники привлечения</translation>
    </message>
    <message>
        <source>Won and lost deals by source; the average counts the won deals.</source>
        <translation>Выигранные и проигранные сделки по источникам; среднее считается по выигранным сделкам.</translation>
    </message>
    <message>
        <source>Money figures count the deals in {currency}; counts take every deal.</source>
        <translation>Денежные суммы учитывают сделки в {currency}; количество — все сделки.</translation>
    </message>
    <message>
        <source>Open deals with no expected close, weighted: {amount} (not in the chart).</source>
        <translation>Открытые сделки без ожидаемой даты закрытия, взвешенная сумма: {amount} (не показаны на диаграмме).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>The forecast could not be read: {reason}</source>
        <translation>Не удалось загрузить прогноз: {reason}</translation>
    </message>
    <message>
        <source>{pipeline} forecast</source>
        <translation>Прогноз ({pipeline})</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Exporting the forecast…</source>
        <translation>Экспорт прогноза…</translation>
    </message>
    <message>
        <source>Exported the forecast to {path}</source>
        <translation>Прогноз экспортирован. Файл: {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось выполнить экспорт</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Ничего не экспортировано: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>ещё на этапе</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Line {line} of {name} cannot be read as CSV: {reason}.</source>
        <translation>Не удаётся прочитать строку {line} файла {name} как CSV: {reason}.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate columns: choose one character, not a quote.</source>
        <translation>«{delimiter}» не может разделять столбцы: выберите один символ, но не кавычку.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <source>The text encoding was guessed; if letters look wrong, choose another one.</source>
        <extracomment>Mess ratios this close count as a tie: on a few lines of Polish the detector gives the right code page 0.2 and the wrong one 0; a wrong alphabet scores 0.3-1.5.</extracomment>
        <translation>Кодировка текста определена автоматически; если буквы отображаются неправильно, выберите другую.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>{name} — не текстовый файл (он содержит двоичные данные).</translation>
    </message>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>«{encoding}» — неизвестная кодировка текста.</translation>
    </message>
    <message>
        <source>Some rows have more cells than the header row; the extra cells were ignored.</source>
        <extracomment>Non-empty rows examined for the header. Rows read ahead below the header to learn which columns hold data. Empty columns allowed between unnamed columns of data past the header. A header label is at most this long; longer text is data (a note, an address). Shown in the preview (translated there) when some row is wider than the header.</extracomment>
        <translation>В некоторых строках больше ячеек, чем в строке заголовков; лишние ячейки пропущены.</translation>
    </message>
    <message>
        <source>There is no import number {id}.</source>
        <translation>Импорта с номером {id} нет.</translation>
    </message>
    <message>
        <source>Import {id} was already undone on {when}.</source>
        <translation>Импорт {id} уже был отменён {when}.</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows below it.</source>
        <translation>В файле {name} есть строка заголовков, но под ней нет ни одной строки.</translation>
    </message>
    <message>
        <source>The mapping has {mapped} columns but the file has {columns}.</source>
        <translation>Столбцов в сопоставлении: {mapped}, а в файле: {columns}.</translation>
    </message>
    <message>
        <source>{name} was not found (moved or deleted?).</source>
        <translation>Файл {name} не найден (возможно, он перемещён или удалён).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} — это папка, а не файл.</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Excel 97-2003 (.xls) workbook; remove the password or save it as .xlsx, then import it again.</source>
        <translation>Файл {name} защищён паролем или является старой книгой Excel 97-2003 (.xls): снимите пароль или сохраните файл в формате .xlsx и повторите импорт.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook but a text file; if it is CSV, rename it .csv.</source>
        <translation>{name} — не книга Excel, а текстовый файл; если это CSV, измените расширение файла на .csv.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>{name} — не книга Excel (.xlsx), или файл повреждён.</translation>
    </message>
    <message>
        <source>{name} has no data.</source>
        <translation>В файле {name} нет данных.</translation>
    </message>
    <message>
        <source>The file contained NUL characters; they were removed.</source>
        <translation>Файл содержал символы NUL; они удалены.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not valid {encoding} text; choose another encoding.</source>
        <translation>Строка {line} файла {name} не является допустимым текстом в кодировке {encoding}; выберите другую кодировку.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is too long to be a line of text.</source>
        <translation>Строка {line} файла {name} слишком длинная для строки текста.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be read to the end (line {line}): {reason}</source>
        <translation>Не удалось дочитать {name} до конца (строка {line}): {reason}</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not a vCard property (broken line folding?).</source>
        <translation>Строка {line} файла {name} не является свойством vCard (возможно, нарушен перенос строк).</translation>
    </message>
    <message>
        <source>The card that begins on line {line} of {name} never ends (END:VCARD missing).</source>
        <translation>Карточка, которая начинается в строке {line} файла {name}, не завершена (нет END:VCARD).</translation>
    </message>
    <message>
        <source>{name} contains no vCards.</source>
        <translation>В файле {name} нет карточек vCard.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a complete Excel workbook.</source>
        <translation>Файл {name} повреждён или не является полной книгой Excel.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx).</source>
        <translation>{name} — не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet; save it as .xlsx or .csv first.</source>
        <translation>{name} — таблица OpenDocument; сначала сохраните её в формате .xlsx или .csv.</translation>
    </message>
    <message>
        <source>{name} contains XML that is not safe to read (entity declarations).</source>
        <translation>Файл {name} содержит XML, который небезопасно читать (объявления сущностей).</translation>
    </message>
    <message>
        <source>{name} is password-protected.</source>
        <translation>Файл {name} защищён паролем.</translation>
    </message>
    <message>
        <source>{name} has no data: every sheet is empty.</source>
        <translation>В файле {name} нет данных: все листы пусты.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>Лист «{sheet}» в файле {name} пуст.</translation>
    </message>
    <message>
        <source>{name} is an Excel binary workbook (.xlsb); save it as .xlsx first.</source>
        <translation>{name} — двоичная книга Excel (.xlsb); сначала сохраните её в формате .xlsx.</translation>
    </message>
    <message>
        <source>{name} has no sheet named “{sheet}”.</source>
        <translation>В файле {name} нет листа «{sheet}».</translation>
    </message>
    <message>
        <source>“{sheet}” in {name} is a chart, not a sheet of cells.</source>
        <translation>«{sheet}» в файле {name} — это диаграмма, а не лист с ячейками.</translation>
    </message>
    <message>
        <source>{name} could not be read to the end (row {row}): {reason}</source>
        <extracomment>Bytes of memory calamine may use for one sheet, as estimated from its extent: an import stays under 300 MB resident whatever the file (measured: 266 MB for 100,000 rows of 12 columns, estimated at 98 MB), and a bigger sheet streams through openpyxl (40-65 MB, whatever its size) at a fifth of the speed. Per cell of the dense grid calamine builds (measured: 12.6 M cells, ~380 MB).</extracomment>
        <translation>Не удалось дочитать {name} до конца (строка {row}): {reason}</translation>
    </message>
    <message>
        <source>No column is mapped to a field. Map at least a name column.</source>
        <translation>Ни один столбец не сопоставлен с полем. Сопоставьте хотя бы столбец с именем.</translation>
    </message>
    <message>
        <source>“{value}” is not a task status. Use one of: {choices}.</source>
        <translation>«{value}» — не статус задачи. Используйте один из вариантов: {choices}.</translation>
    </message>
    <message>
        <source>The row names no contact: give the contact&apos;s email address or name.</source>
        <translation>В строке не указан контакт: укажите адрес эл. почты или имя контакта.</translation>
    </message>
    <message>
        <source>No contact has the email address “{value}”.</source>
        <translation>Нет контакта с адресом эл. почты «{value}».</translation>
    </message>
    <message>
        <source>No contact is named “{value}”.</source>
        <translation>Нет контакта с именем «{value}».</translation>
    </message>
    <message>
        <source>{count} contacts are named “{value}”: give the email address of the one meant.</source>
        <translation>Контактов с именем «{value}»: {count}. Укажите адрес эл. почты нужного контакта.</translation>
    </message>
    <message>
        <source>This row has no “{column}”, which is required.</source>
        <translation>В этой строке нет обязательного значения «{column}».</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>«{value}» — не целое число.</translation>
    </message>
    <message>
        <source>“{value}” is too large a number.</source>
        <translation>«{value}» — слишком большое число.</translation>
    </message>
    <message>
        <source>“{value}” is not a value that can be stored.</source>
        <translation>«{value}» — значение, которое нельзя сохранить.</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>«{value}» — не «да» и не «нет».</translation>
    </message>
    <message>
        <source>“{value}” is not a lifecycle stage. Use one of: {choices}.</source>
        <translation>«{value}» — не этап жизненного цикла. Используйте один из вариантов: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a channel. Use one of: {choices}.</source>
        <translation>«{value}» — не канал. Используйте один из вариантов: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a direction. Use one of: {choices}.</source>
        <translation>«{value}» — не направление. Используйте один из вариантов: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a priority. Use one of: {choices}.</source>
        <translation>«{value}» — не приоритет. Используйте один из вариантов: {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать шаблон «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” is too large to be a mapping template (over {limit} bytes).</source>
        <translation>Файл «{name}» слишком большой для шаблона сопоставления (больше {limit} байт).</translation>
    </message>
    <message>
        <source>“{name}” is not a mapping template: it is not JSON.</source>
        <translation>«{name}» — не шаблон сопоставления: это не JSON.</translation>
    </message>
    <message>
        <source>“{name}” is not a Rapport mapping template ({detail}).</source>
        <translation>«{name}» — не шаблон сопоставления Rapport ({detail}).</translation>
    </message>
    <message>
        <source>The template “{name}” was saved by a newer version of Rapport. Update Rapport to use it.</source>
        <translation>Шаблон «{name}» сохранён более новой версией Rapport. Обновите Rapport, чтобы использовать его.</translation>
    </message>
    <message>
        <source>The template “{name}” cannot be saved: {reason}.</source>
        <translation>Не удалось сохранить шаблон «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <extracomment>What parse_value returns.</extracomment>
        <translation>«{value}» — не дата.</translation>
    </message>
    <message>
        <source>“{value}” can be read day first or month first. Choose the order of the dates.</source>
        <translation>«{value}» можно прочитать и как день/месяц, и как месяц/день. Выберите порядок записи дат.</translation>
    </message>
    <message>
        <source>“{value}” is not a date written day first (day/month/year).</source>
        <translation>«{value}» — не дата в формате «сначала день» (день/месяц/год).</translation>
    </message>
    <message>
        <source>“{value}” is not a date written month first (month/day/year).</source>
        <translation>«{value}» — не дата в формате «сначала месяц» (месяц/день/год).</translation>
    </message>
    <message>
        <source>“{value}” is 29 February 1900, a day that exists only in Excel. Correct the cell.</source>
        <translation>«{value}» — это 29 февраля 1900 года, день, который существует только в Excel. Исправьте ячейку.</translation>
    </message>
    <message>
        <source>“{value}” is too far in the past or the future for a date.</source>
        <translation>«{value}» — слишком далёкое прошлое или будущее для даты.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>«{value}» — не номер телефона.</translation>
    </message>
    <message>
        <source>“{value}” was stored as a number in the spreadsheet, so a leading 0 or + may have been lost. Check the number.</source>
        <translation>«{value}» хранилось в таблице как число, поэтому начальный 0 или + мог потеряться. Проверьте номер.</translation>
    </message>
    <message>
        <source>“{value}” is in scientific notation and has lost its last digits. Format the column as text in the spreadsheet and import again.</source>
        <translation>«{value}» записано в экспоненциальном формате, и последние цифры потеряны. Задайте для столбца текстовый формат в таблице и импортируйте снова.</translation>
    </message>
    <message>
        <source>The rows of order “{order}” give different values of “{column}”: “{first}” and “{other}”.</source>
        <translation>В строках заказа «{order}» разные значения «{column}»: «{first}» и «{other}».</translation>
    </message>
    <message>
        <source>Order “{order}” appears earlier in the file, with other rows between: keep the rows of an order together.</source>
        <translation>Заказ «{order}» уже встречался выше в файле, и между его строками есть другие строки: расположите строки одного заказа подряд.</translation>
    </message>
    <message>
        <source>Order “{order}” was not imported: another of its rows has a problem (row {rows}).</source>
        <translation>Заказ «{order}» не импортирован: в другой его строке есть ошибка (строка {rows}).</translation>
    </message>
    <message>
        <source>This row has a quantity or price but no product or SKU.</source>
        <translation>В этой строке указаны количество или цена, но нет товара или артикула.</translation>
    </message>
    <message>
        <source>“{value}” is not a quantity: give a whole number from 1 to 1,000,000.</source>
        <translation>«{value}» — не количество: укажите целое число от 1 до 1 000 000.</translation>
    </message>
    <message>
        <source>“{value}” is in {found}, but the purchase is in {currency}.</source>
        <translation>«{value}» указано в {found}, а покупка — в {currency}.</translation>
    </message>
    <message>
        <source>The row names no customer: give the contact&apos;s email address, phone or name.</source>
        <translation>В строке не указан клиент: укажите адрес эл. почты, телефон или имя контакта.</translation>
    </message>
    <message>
        <source>No contact has the phone number “{value}”.</source>
        <translation>Нет контакта с номером телефона «{value}».</translation>
    </message>
    <message>
        <source>{count} contacts have the email address “{value}”: give the phone number of the one meant.</source>
        <translation>Контактов с адресом эл. почты «{value}»: {count}. Укажите номер телефона нужного контакта.</translation>
    </message>
    <message>
        <source>{count} contacts have the phone number “{value}”: give the email address of the one meant.</source>
        <translation>Контактов с номером телефона «{value}»: {count}. Укажите адрес эл. почты нужного контакта.</translation>
    </message>
    <message>
        <source>{count} contacts are named “{value}”: give the email address or phone of the one meant.</source>
        <translation>Контактов с именем «{value}»: {count}. Укажите адрес эл. почты или телефон нужного контакта.</translation>
    </message>
    <message>
        <source>“{value}” is not a sales channel. Use one of: {choices}.</source>
        <translation>«{value}» — не канал продаж. Используйте один из вариантов: {choices}.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Rapport ID</source>
        <extracomment>How an export heads a custom field&apos;s column (&quot;Custom: Shoe size&quot;); the import mapping reads such a column back into that custom field. The English column header (exports write it; the wizard translates it). The value&apos;s kind, for parsing and for typed export cells: text, email, phone, date, datetime, bool, int, tags, stage, channel, direction.</extracomment>
        <translation>ID в Rapport</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Вероятность, %</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Взвешенная сумма</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на рассылку</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Источник согласия</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Эл. почта контакта</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Телефон контакта</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>Contact files ({patterns})</source>
        <extracomment>The file suffixes an import reads (the readers&apos; formats). Rows read ahead: the preview shows the first PREVIEW_ROWS, the date order is guessed from all of them (as the importer does from its first rows).</extracomment>
        <translation>Файлы контактов ({patterns})</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Книги Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt)</source>
        <translation>Файлы CSV и текстовые файлы (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Text file with columns (CSV)</source>
        <translation>Текстовый файл со столбцами (CSV)</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>Файл vCard</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>What a file can be imported as, in the order the wizard offers them.</extracomment>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <source>Interactions (calls, emails, meetings…)</source>
        <translation>Взаимодействия (звонки, письма, встречи…)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Отменить этот импорт…</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Пока ничего не импортировано.</translation>
    </message>
    <message>
        <source>Undo the import of “{file}” ({when})?</source>
        <translation>Отменить импорт файла «{file}» ({when})?</translation>
    </message>
    <message>
        <source>Companies it created, which will be removed: {count}</source>
        <translation>Созданные им компании, которые будут удалены: {count}</translation>
    </message>
    <message>
        <source>Companies it updated, which will be put back as they were: {count}</source>
        <translation>Изменённые им компании, которые будут возвращены в прежний вид: {count}</translation>
    </message>
    <message>
        <source>Interactions it added, which will be removed: {count}</source>
        <translation>Добавленные им взаимодействия, которые будут удалены: {count}</translation>
    </message>
    <message>
        <source>Tasks it added, which will be removed: {count}</source>
        <translation>Добавленные им задачи, которые будут удалены: {count}</translation>
    </message>
    <message>
        <source>Purchases it added, which will be removed (with the points they earned): {count}</source>
        <translation>Добавленные им покупки, которые будут удалены (вместе с начисленными за них баллами): {count}</translation>
    </message>
    <message>
        <source>Contacts it created, which will be removed: {count}</source>
        <translation>Будут удалены созданные им контакты: {count}</translation>
    </message>
    <message>
        <source>Contacts it updated, which will be put back as they were: {count}</source>
        <translation>Будут возвращены в прежнее состояние обновлённые им контакты: {count}</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Undoing the import of “{file}”…</source>
        <translation>Отмена импорта файла «{file}»…</translation>
    </message>
    <message>
        <source>Undone. Companies removed: {removed}. Companies put back as they were: {restored}.</source>
        <translation>Отменено. Удалено компаний: {removed}. Возвращено в прежний вид: {restored}.</translation>
    </message>
    <message>
        <source>Undone. Interactions removed: {count}.</source>
        <translation>Отменено. Удалено взаимодействий: {count}.</translation>
    </message>
    <message>
        <source>Undone. Tasks removed: {count}.</source>
        <translation>Отменено. Удалено задач: {count}.</translation>
    </message>
    <message>
        <source>Undone. Purchases removed: {count}.</source>
        <translation>Отменено. Удалено покупок: {count}.</translation>
    </message>
    <message>
        <source>Undone. Contacts removed: {removed}. Contacts put back as they were: {restored}.</source>
        <translation>Импорт отменён. Удалено контактов: {removed}. Возвращено в прежнее состояние: {restored}.</translation>
    </message>
    <message>
        <source>The import could not be undone: {reason}</source>
        <translation>Не удалось отменить импорт: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Any file (by column names)</source>
        <translation>Любой файл (по названиям столбцов)</translation>
    </message>
    <message>
        <source>Custom field “{name}”</source>
        <translation>Дополнительное поле «{name}»</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Yes</source>
        <extracomment>Fields whose values are stored keys (&quot;call&quot;, &quot;outbound&quot;), shown by their labels.</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Вертикальная черта</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Импорт контактов</translation>
    </message>
    <message>
        <source>Import Companies</source>
        <translation>Импорт компаний</translation>
    </message>
    <message>
        <source>Import Interactions</source>
        <translation>Импорт взаимодействий</translation>
    </message>
    <message>
        <source>Import Tasks</source>
        <translation>Импорт задач</translation>
    </message>
    <message>
        <source>Import Purchases</source>
        <translation>Импорт покупок</translation>
    </message>
</context>
<context>
    <name>IoSection</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Импорт контактов…</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm), CSV (.csv, .tsv, .txt) or vCard (.vcf) files. You can also drop a file on the window.</source>
        <translation>Файлы Excel (.xlsx, .xlsm), CSV (.csv, .tsv, .txt) или vCard (.vcf). Можно также перетащить файл в окно.</translation>
    </message>
    <message>
        <source>Import &amp;History</source>
        <translation>И&amp;стория импорта</translation>
    </message>
    <message>
        <source>Every import, and undoing one as a whole</source>
        <translation>Все импорты; любой из них можно отменить целиком</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Последние импорты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Пока ничего не импортировано.</translation>
    </message>
    <message>
        <source>To export, use the export button of the list you want to take out (Export… in Contacts and on a company&apos;s page, Export to Spreadsheet… in Tasks): it writes what the list shows, with its filters.</source>
        <translation>Чтобы выполнить экспорт, воспользуйтесь кнопкой экспорта в нужном списке («Экспорт…» в разделе «Контакты» и на странице компании, «Экспорт в таблицу…» в разделе «Задачи»): в файл попадёт то, что показывает список, с учётом его фильтров.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Subscriber</source>
        <translation>Подписчик</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Амбассадор</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Бывший клиент</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Личный визит</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Исходящее</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутреннее</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Открытая задача</translation>
    </message>
    <message>
        <source>Done task</source>
        <translation>Выполненная задача</translation>
    </message>
    <message>
        <source>Cancelled task</source>
        <translation>Отменённая задача</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>LinkFiguresModel</name>
    <message>
        <source>Show these contacts</source>
        <extracomment>A count&apos;s list and the title of its dialog.</extracomment>
        <translation>Показать эти контакты</translation>
    </message>
</context>
<context>
    <name>LostReasonsTab</name>
    <message>
        <source>A&amp;dd Reason…</source>
        <extracomment>The dialog&apos;s way of running one user action: (succeeded, what the service returned).</extracomment>
        <translation>Добавить &amp;причину…</translation>
    </message>
    <message>
        <source>&amp;Rename Reason…</source>
        <translation>Переименовать при&amp;чину…</translation>
    </message>
    <message>
        <source>Re&amp;move Reason…</source>
        <translation>Уда&amp;лить причину…</translation>
    </message>
    <message>
        <source>The reasons offered when a deal is lost. Removing one hides it from the list; deals lost for it keep it.</source>
        <translation>Причины, которые предлагаются при проигрыше сделки. Удалённая причина исчезает из списка, но сохраняется у сделок, проигранных по ней.</translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation>Добавление причины проигрыша</translation>
    </message>
    <message>
        <source>A reason a deal can be lost:</source>
        <translation>Причина, по которой сделка может быть проиграна:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>Переименование причины проигрыша</translation>
    </message>
    <message>
        <source>New name of the reason:</source>
        <translation>Новое название причины:</translation>
    </message>
    <message>
        <source>Remove Lost Reason</source>
        <translation>Удаление причины проигрыша</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list? Deals lost for this reason keep it.</source>
        <translation>Удалить «{name}» из списка? У сделок, проигранных по этой причине, она сохранится.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Loyalty</name>
    <message>
        <source>Rewards</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <source>Bronze</source>
        <extracomment>The first-run tiers: name, threshold in major units of spend, discount %, benefits.</extracomment>
        <translation>Бронзовый</translation>
    </message>
    <message>
        <source>Points on every purchase.</source>
        <translation>Баллы за каждую покупку.</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Серебряный</translation>
    </message>
    <message>
        <source>5% off every purchase.</source>
        <translation>Скидка 5 % на каждую покупку.</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золотой</translation>
    </message>
    <message>
        <source>10% off every purchase and early access to sales.</source>
        <translation>Скидка 10 % на каждую покупку и ранний доступ к распродажам.</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Платиновый</translation>
    </message>
    <message>
        <source>15% off every purchase, early access and a personal adviser.</source>
        <translation>Скидка 15 % на каждую покупку, ранний доступ к распродажам и персональный консультант.</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>Растущий</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Ушедший</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Вернувшийся</translation>
    </message>
    <message>
        <source>Never bought.</source>
        <translation>Ещё ничего не покупал.</translation>
    </message>
    <message>
        <source>First purchase recently: acquisition.</source>
        <translation>Недавно сделал первую покупку: привлечение.</translation>
    </message>
    <message>
        <source>Bought again within their usual interval: retention.</source>
        <translation>Снова покупает с обычной для себя периодичностью: удержание.</translation>
    </message>
    <message>
        <source>Spending more than in the year before: expansion.</source>
        <translation>Тратит больше, чем за предыдущий год: рост.</translation>
    </message>
    <message>
        <source>Overdue for their next purchase.</source>
        <translation>Пора бы сделать следующую покупку, но её нет.</translation>
    </message>
    <message>
        <source>No purchase for a long time: reactivation candidates.</source>
        <translation>Давно нет покупок: кандидаты на возвращение.</translation>
    </message>
    <message>
        <source>Bought again after being lapsed.</source>
        <translation>Снова купил после ухода.</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Потенциально лояльные</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Can’t lose them</source>
        <translation>Нельзя потерять</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
</context>
<context>
    <name>LoyaltyBlock</name>
    <message>
        <source>Leave Programme</source>
        <translation>Отключение от программы</translation>
    </message>
    <message>
        <source>End the membership of {name}? Their points stay in the ledger but cannot be redeemed until they enroll again.</source>
        <translation>Отключить контакт {name} от программы? Его баллы останутся в журнале, но списать их будет нельзя, пока контакт снова не подключат к программе.</translation>
    </message>
    <message>
        <source>Tier changes, newest first</source>
        <translation>Смена уровней, сначала новые</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>Списать…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Скорректировать…</translation>
    </message>
    <message>
        <source>Points &amp;History…</source>
        <translation>&amp;История баллов…</translation>
    </message>
    <message>
        <source>Enroll in loyalty programme</source>
        <translation>Подключить к программе лояльности</translation>
    </message>
    <message>
        <source>Leave Programme…</source>
        <translation>Отключить от программы…</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message numerus="yes">
        <source>Purchases (%Ln)</source>
        <translation>
            <numerusform>Покупки (%Ln)</numerusform>
            <numerusform>Покупки (%Ln)</numerusform>
            <numerusform>Покупки (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is not a member of {programme}.</source>
        <translation>{name} не участвует в программе «{programme}».</translation>
    </message>
    <message>
        <source>{tier} · {discount}% discount</source>
        <translation>{tier} · скидка {discount} %</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>Уровня пока нет</translation>
    </message>
    <message>
        <source>Tier not computed yet</source>
        <translation>Уровень ещё не рассчитан</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln балл</numerusform>
            <numerusform>%Ln балла</numerusform>
            <numerusform>%Ln баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} · member since {date}</source>
        <translation>{points} · участник с {date}</translation>
    </message>
    <message>
        <source>Spent in 12 months: {amount}</source>
        <translation>Покупки за 12 месяцев: {amount}</translation>
    </message>
    <message>
        <source>Top tier reached</source>
        <translation>Достигнут высший уровень</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) to {tier}</source>
        <translation>
            <numerusform>Ещё %Ln балл до уровня «{tier}»</numerusform>
            <numerusform>Ещё %Ln балла до уровня «{tier}»</numerusform>
            <numerusform>Ещё %Ln баллов до уровня «{tier}»</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} to {tier}</source>
        <translation>Ещё {amount} до уровня «{tier}»</translation>
    </message>
    <message>
        <source>{date}: no tier (was {previous})</source>
        <translation>{date}: без уровня (был «{previous}»)</translation>
    </message>
    <message>
        <source>{date}: {tier}</source>
        <translation>{date}: {tier}</translation>
    </message>
    <message>
        <source>{date}: {previous} → {tier}</source>
        <translation>{date}: {previous} → {tier}</translation>
    </message>
</context>
<context>
    <name>LoyaltyFiguresView</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Moved in this month</source>
        <translation>Перешли в этом месяце</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Вышли</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Repeat purchase</source>
        <translation>Повторные покупки</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>Выручка за 12 месяцев</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Per buyer</source>
        <translation>На покупателя</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>За последние 12 месяцев</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Вознаграждения</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Жизненный цикл</translation>
    </message>
    <message>
        <source>Where customers stand by their purchases, and who moved this month.</source>
        <translation>Положение клиентов по их покупкам и кто сменил статус в этом месяце.</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM-сегменты</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value; revenue is all their purchases.</source>
        <translation>Давность, частота и сумма покупок; выручка — по всем покупкам клиентов.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Programme members by tier; repeat purchase: the share with two or more purchases in the last 12 months.</source>
        <translation>Участники программы по уровням; повторные покупки — доля участников с двумя и более покупками за последние 12 месяцев.</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Отчёт о программе</translation>
    </message>
    <message>
        <source>Does the programme pay? Members against everyone else, and what rewards cost.</source>
        <translation>Окупается ли программа? Участники в сравнении со всеми остальными и стоимость вознаграждений.</translation>
    </message>
    <message>
        <source>Win back lapsed customers…</source>
        <translation>Вернуть ушедших клиентов…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lapsed customer(s) have not bought for a long time: reactivation candidates. Create a follow-up for each, log a campaign, or export those who opted in for a mailing.</source>
        <translation>
            <numerusform>Ушедших клиентов, которые давно ничего не покупали: %Ln. Это кандидаты на возвращение. Создайте задачу на повторную связь по каждому, запишите кампанию или экспортируйте для рассылки тех, кто дал согласие.</numerusform>
            <numerusform>Ушедших клиентов, которые давно ничего не покупали: %Ln. Это кандидаты на возвращение. Создайте задачу на повторную связь по каждому, запишите кампанию или экспортируйте для рассылки тех, кто дал согласие.</numerusform>
            <numerusform>Ушедших клиентов, которые давно ничего не покупали: %Ln. Это кандидаты на возвращение. Создайте задачу на повторную связь по каждому, запишите кампанию или экспортируйте для рассылки тех, кто дал согласие.</numerusform>
        </translation>
    </message>
    <message>
        <source>No lapsed customers: nobody to win back right now.</source>
        <translation>Ушедших клиентов нет: сейчас некого возвращать.</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Без уровня</translation>
    </message>
    <message>
        <source>Members in {tier}</source>
        <translation>Участники уровня «{tier}»</translation>
    </message>
    <message>
        <source>Members with no tier</source>
        <translation>Участники без уровня</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>Не участники</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <source>Corrections (net)</source>
        <translation>Корректировки (итого)</translation>
    </message>
    <message>
        <source>Cost of rewards</source>
        <translation>Стоимость вознаграждений</translation>
    </message>
    <message>
        <source>Customers hold %1 points. Programme members: %2.</source>
        <translation>Баллов на счетах клиентов: %1. Участников программы: %2.</translation>
    </message>
    <message>
        <source>Moved into {status} in {month}</source>
        <translation>Перешли в статус «{status}» ({month})</translation>
    </message>
    <message>
        <source>Moved out of {status} in {month}</source>
        <translation>Вышли из статуса «{status}» ({month})</translation>
    </message>
</context>
<context>
    <name>LoyaltySection</name>
    <message>
        <source>Purchases, points or contacts changed since: recompute to bring the figures up to date.</source>
        <extracomment>run(session, today, progress, cancel) -&gt; the recompute&apos;s result The stored figures (or the empty state) are on screen. A recompute ended (True when it stored new figures). The recompute to run (tests put a stand-in here).</extracomment>
        <translation>С тех пор изменились покупки, баллы или контакты: выполните пересчёт, чтобы обновить показатели.</translation>
    </message>
    <message>
        <source>Programme settings…</source>
        <translation>Настройка программы…</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Work out every customer’s status, segment, tier and points again, and the figures shown here.</source>
        <translation>Заново рассчитать статус, сегмент, уровень и баллы каждого клиента, а также показатели на этой странице.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Recompute to see where your customers stand</source>
        <translation>Выполните пересчёт, чтобы увидеть положение ваших клиентов</translation>
    </message>
    <message>
        <source>Rapport works out from their purchases who is new, active, expanding, at risk or lapsed, ranks every customer by recency, frequency and spend, places members in their tiers, and shows whether the loyalty programme pays. It takes a moment on a large history; after that this page opens at once.</source>
        <translation>По покупкам Rapport определяет, кто из клиентов новый, активный, растущий, под угрозой ухода или ушедший, оценивает каждого клиента по давности, частоте и сумме покупок, распределяет участников программы по уровням и показывает, окупается ли программа лояльности. При большой истории покупок это займёт некоторое время; после этого страница будет открываться сразу.</translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation>Пересчитать сейчас</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Ещё не рассчитано</translation>
    </message>
    <message>
        <source>Computed on {date}; the last 12 months run from {start}.</source>
        <translation>Рассчитано {date}; последние 12 месяцев отсчитываются с {start}.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Пересчёт…</translation>
    </message>
    <message>
        <source>Recomputing… step %1 of %2</source>
        <translation>Пересчёт… шаг %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed %n customer(s).</source>
        <translation>
            <numerusform>Пересчитан %n клиент.</numerusform>
            <numerusform>Пересчитано %n клиента.</numerusform>
            <numerusform>Пересчитано %n клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed.</source>
        <translation>Пересчёт выполнен.</translation>
    </message>
    <message>
        <source>Recompute cancelled; the figures shown are the last ones stored.</source>
        <translation>Пересчёт отменён; показаны последние сохранённые показатели.</translation>
    </message>
    <message>
        <source>Purchases or points kept being saved while the figures were recomputed, so none were stored; those shown are the last ones stored. Recompute again once the saving is done.</source>
        <translation>Во время пересчёта всё время сохранялись покупки или баллы, поэтому ничего не сохранено; показаны последние сохранённые данные. Пересчитайте ещё раз, когда сохранение закончится.</translation>
    </message>
    <message>
        <source>The figures could not be recomputed; those shown are the last ones stored: {reason}</source>
        <translation>Не удалось пересчитать показатели; показаны последние сохранённые: {reason}</translation>
    </message>
    <message>
        <source>Lapsed customers: win them back</source>
        <translation>Ушедшие клиенты: верните их</translation>
    </message>
    <message>
        <source>They have not bought for a long time ({status}). Create a follow-up for each (assigned to the contact’s owner), log the campaign you sent them, or export those who opted in to marketing for a mailing.</source>
        <translation>Они давно ничего не покупали (статус «{status}»). Создайте задачу на повторную связь по каждому (её получит ответственный за контакт), запишите отправленную им кампанию или экспортируйте для рассылки тех, кто дал согласие на рассылку.</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsDialog</name>
    <message>
        <source>Loyalty Programme Settings</source>
        <translation>Настройка программы лояльности</translation>
    </message>
    <message>
        <source>Spend in the last 12 months</source>
        <translation>Сумма покупок за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Points earned in the last 12 months</source>
        <translation>Баллы, начисленные за последние 12 месяцев</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Баллы сгорают через</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Points per unit spent:</source>
        <translation>&amp;Баллов за единицу валюты:</translation>
    </message>
    <message>
        <source>&amp;Tiers count:</source>
        <translation>Уровень о&amp;пределяет:</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Срок действия баллов:</translation>
    </message>
    <message>
        <source>Customer lifecycle</source>
        <translation>Жизненный цикл клиента</translation>
    </message>
    <message>
        <source>Ne&amp;w for the first:</source>
        <translation>Новый в &amp;течение первых:</translation>
    </message>
    <message>
        <source>&amp;Lapsed after no purchase for:</source>
        <translation>Уш&amp;едший, если нет покупок:</translation>
    </message>
    <message>
        <source>Expan&amp;ding when 12-month spend grows by over:</source>
        <translation>&amp;Растущий, если сумма покупок за 12 месяцев выросла более чем на:</translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation>&amp;Добавить уровень</translation>
    </message>
    <message>
        <source>&amp;Remove Tier</source>
        <translation>&amp;Удалить уровень</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Lowest tier first; each needs more than the one before. Customers move to their new tiers at the next recompute.</source>
        <translation>Сначала самый низкий уровень; каждый следующий требует больше, чем предыдущий. Клиенты перейдут на новые уровни при следующем пересчёте.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>баллы</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>From ({unit})</source>
        <translation>От ({unit})</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Преимущества</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapport</source>
        <extracomment>The window was closed by the user (Quit, the close button): the app ends.</extracomment>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Новый контакт…</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>Новая &amp;сделка…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>И&amp;стория импорта…</translation>
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
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln просроченная задача</numerusform>
            <numerusform>%Ln просроченные задачи</numerusform>
            <numerusform>%Ln просроченных задач</numerusform>
        </translation>
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
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the field each column fills. Columns set to “Ignore this column” are not imported.</source>
        <translation>Выберите, какое поле заполняет каждый столбец. Столбцы, для которых выбрано «Игнорировать этот столбец», не импортируются.</translation>
    </message>
    <message>
        <source>&amp;Mapping from:</source>
        <translation>&amp;Сопоставление столбцов:</translation>
    </message>
    <message>
        <source>Columns matched to a field by their names: {found} of {total}.</source>
        <translation>Столбцов, сопоставленных с полями по названию: {found} из {total}.</translation>
    </message>
    <message>
        <source>No column name matched a field: choose them below.</source>
        <translation>Ни одно название столбца не совпало с полем: выберите поля ниже.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Field in Rapport</source>
        <translation>Поле в Rapport</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Игнорировать этот столбец</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>Дополнительное поле…</translation>
    </message>
    <message>
        <source>A custom field name has at most {limit} characters.</source>
        <translation>Название дополнительного поля слишком длинное (максимум символов: {limit}).</translation>
    </message>
    <message>
        <source>“{field}” fills one column only: “{column}” is now ignored.</source>
        <translation>Поле «{field}» заполняется только из одного столбца: столбец «{column}» теперь игнорируется.</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Дополнительное поле</translation>
    </message>
    <message>
        <source>Name of the custom field for “{column}”:</source>
        <translation>Название дополнительного поля для столбца «{column}»:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field. The interactions, tasks, tags, emails and phone numbers of both are kept on the contact that stays.</source>
        <translation>Выберите, какое значение оставить в каждом поле. Взаимодействия, задачи, теги, адреса эл. почты и номера телефонов обоих контактов сохранятся в оставшемся контакте.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Поменять местами</translation>
    </message>
    <message>
        <source>Keep the other contact instead</source>
        <translation>Оставить другой контакт</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>{name} (stays)</source>
        <translation>{name} (остаётся)</translation>
    </message>
    <message>
        <source>{name} (goes to the Trash)</source>
        <translation>{name} (в корзину)</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Не удалось объединить</translation>
    </message>
    <message>
        <source>Interactions that move: {count}</source>
        <translation>Переносимых взаимодействий: {count}</translation>
    </message>
    <message>
        <source>Tasks that move: {count}</source>
        <translation>Переносимых задач: {count}</translation>
    </message>
    <message>
        <source>Tags added: {values}</source>
        <translation>Добавляемые теги: {values}</translation>
    </message>
    <message>
        <source>Email addresses added: {values}</source>
        <translation>Добавляемые адреса эл. почты: {values}</translation>
    </message>
    <message>
        <source>Phone numbers added: {values}</source>
        <translation>Добавляемые номера телефонов: {values}</translation>
    </message>
    <message>
        <source>“{name}” then goes to the Trash; Edit &gt; Undo puts both back.</source>
        <translation>Затем «{name}» перемещается в корзину; «Правка &gt; Отменить» вернёт оба контакта.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Основной адрес эл. почты</translation>
    </message>
    <message>
        <source>Primary phone</source>
        <translation>Основной телефон</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на рассылку</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Есть согласие</translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message>
        <source>Remove Stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” holds %n deal(s). Choose the stage to move them to; each move is recorded in the deal&apos;s history.</source>
        <translation>
            <numerusform>На этапе «{name}» %n сделка. Выберите этап для перемещения; каждое перемещение записывается в историю сделки.</numerusform>
            <numerusform>На этапе «{name}» %n сделки. Выберите этап для перемещения; каждое перемещение записывается в историю сделки.</numerusform>
            <numerusform>На этапе «{name}» %n сделок. Выберите этап для перемещения; каждое перемещение записывается в историю сделки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals in the Trash are still in “{name}”. Choose the stage to move them to; each move is recorded in the deal&apos;s history.</source>
        <translation>На этапе «{name}» остаются сделки из корзины. Выберите этап, на который их переместить; каждое перемещение записывается в историю сделки.</translation>
    </message>
    <message>
        <source>Deals moved to a won or lost stage are closed with today&apos;s date.</source>
        <translation>Сделки, перемещённые на этап выигрыша или проигрыша, закрываются сегодняшней датой.</translation>
    </message>
    <message>
        <source>Move and Remove</source>
        <translation>Переместить и удалить</translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation>&amp;Переместить на этап:</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Слишком высокая цена</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Выбрали конкурента</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Неподходящее время</translation>
    </message>
    <message>
        <source>Stopped answering</source>
        <translation>Перестали отвечать</translation>
    </message>
</context>
<context>
    <name>PipelineSection</name>
    <message>
        <source>Pipeline</source>
        <extracomment>With no close range chosen, the Won and Lost columns show the last this many days. A full load was shown (tests and the benchmark wait for it).</extracomment>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>New deal (Ctrl+Shift+D)</source>
        <translation>Новая сделка (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Этапы…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка продаж:</translation>
    </message>
    <message>
        <source>Filter by title, contact or company</source>
        <translation>Фильтр по названию, контакту или компании</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Closing from</source>
        <translation>Закрытие с</translation>
    </message>
    <message>
        <source>Closing until</source>
        <translation>Закрытие по</translation>
    </message>
    <message>
        <source>Close:</source>
        <translation>Закрытие:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>No open deals. Press “New deal…” to add one.</source>
        <translation>Нет открытых сделок. Нажмите «Новая сделка…», чтобы добавить сделку.</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted value %1</source>
        <translation>
            <numerusform>%n открытая сделка, взвешенная сумма %1</numerusform>
            <numerusform>%n открытые сделки, взвешенная сумма %1</numerusform>
            <numerusform>%n открытых сделок, взвешенная сумма %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Перемещение сделки</translation>
    </message>
    <message>
        <source>Deal “{title}” moved to the Trash. Undo with Ctrl+Z.</source>
        <translation>Сделка «{title}» перемещена в корзину. Отменить: Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PipelineSettings</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Вероятность выигрыша</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>%</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsDialog</name>
    <message>
        <source>Pipeline Settings</source>
        <translation>Настройка воронки продаж</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Этапы</translation>
    </message>
    <message>
        <source>&amp;Lost Reasons</source>
        <translation>П&amp;ричины проигрыша</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка продаж:</translation>
    </message>
    <message>
        <source>&amp;Add Pipeline…</source>
        <translation>&amp;Добавить воронку…</translation>
    </message>
    <message>
        <source>Re&amp;name Pipeline…</source>
        <translation>П&amp;ереименовать воронку…</translation>
    </message>
    <message>
        <source>A&amp;dd Stage…</source>
        <translation>Добавить э&amp;тап…</translation>
    </message>
    <message>
        <source>&amp;Rename Stage…</source>
        <translation>Переи&amp;меновать этап…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>Re&amp;move Stage…</source>
        <translation>&amp;Удалить этап…</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change a stage&apos;s name, win probability or kind.</source>
        <translation>Чтобы изменить название этапа, вероятность выигрыша или тип, дважды щёлкните по нему или нажмите F2.</translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation>Добавление воронки продаж</translation>
    </message>
    <message>
        <source>Name of the new pipeline (it starts with the usual stages, to rename as you like):</source>
        <translation>Название новой воронки продаж (в ней будут стандартные этапы, их можно переименовать):</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Переименование воронки продаж</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>Новое название воронки продаж:</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Добавление этапа</translation>
    </message>
    <message>
        <source>Name of the new stage (it goes after the open stages; then set its win probability):</source>
        <translation>Название нового этапа (он встанет после открытых этапов; затем задайте вероятность выигрыша):</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Переименование этапа</translation>
    </message>
    <message>
        <source>New name of the stage:</source>
        <translation>Новое название этапа:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Удаление этапа</translation>
    </message>
    <message>
        <source>Remove the stage “{name}”? This cannot be undone.</source>
        <translation>Удалить этап «{name}»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Redeem Points: {name}</source>
        <translation>Списание баллов: {name}</translation>
    </message>
    <message>
        <source>Adjust Points: {name}</source>
        <translation>Корректировка баллов: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Balance: %Ln point(s)</source>
        <translation>
            <numerusform>Баланс: %Ln балл</numerusform>
            <numerusform>Баланс: %Ln балла</numerusform>
            <numerusform>Баланс: %Ln баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>The reward, such as a free coffee</source>
        <translation>Вознаграждение, например бесплатный кофе</translation>
    </message>
    <message>
        <source>Why, such as a birthday gift</source>
        <translation>Причина, например подарок на день рождения</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Баллы:</translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>&amp;Вознаграждение:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Cost of the reward:</source>
        <translation>&amp;Стоимость вознаграждения:</translation>
    </message>
    <message>
        <source>Positive adds points, negative takes them away</source>
        <translation>Положительное число начисляет баллы, отрицательное — снимает</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Списать</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Скорректировать</translation>
    </message>
</context>
<context>
    <name>PointsHistory</name>
    <message>
        <source>Earned</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Скорректировано</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Сторно</translation>
    </message>
</context>
<context>
    <name>PointsHistoryDialog</name>
    <message>
        <source>Points History: {name}</source>
        <translation>История баллов: {name}</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;Сторнировать…</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>Баллов пока нет.</translation>
    </message>
    <message>
        <source>Reverse Entry</source>
        <translation>Сторнировать запись</translation>
    </message>
    <message>
        <source>Why is this entry of {points} points reversed?</source>
        <translation>Почему сторнируется эта запись на {points} баллов?</translation>
    </message>
    <message>
        <source>Reversed: {points} points.</source>
        <translation>Сторнировано: {points} баллов.</translation>
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
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Custom role: &quot;problem&quot;, &quot;warning&quot; or None for a row. The widest a value column opens, in average characters: one long value (a company&apos;s full legal name) must not push the other columns, and Problems last, far out of sight. A column can still be widened by hand.</extracomment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows in red will not be imported; point at one to see why.</source>
        <translation>Первые строки в том виде, в каком они будут сохранены. Строки, выделенные красным, не будут импортированы; наведите на строку указатель, чтобы узнать причину.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2025 are written</source>
        <translation>Порядок в датах вида 03/04/2025</translation>
    </message>
    <message>
        <source>&amp;Day first (31.12.2025)</source>
        <translation>Сначала д&amp;ень (31.12.2025)</translation>
    </message>
    <message>
        <source>M&amp;onth first (12/31/2025)</source>
        <translation>Сначала &amp;месяц (12/31/2025)</translation>
    </message>
    <message>
        <source>A row with the email or phone of a contact already in Rapport</source>
        <translation>Строка с адресом эл. почты или телефоном контакта, который уже есть в Rapport</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>&amp;Пропустить её</translation>
    </message>
    <message>
        <source>A row with the name of a company already in Rapport</source>
        <translation>Строка с названием компании, которая уже есть в Rapport</translation>
    </message>
    <message>
        <source>&amp;Update the existing company (fill empty fields)</source>
        <translation>&amp;Обновить существующую компанию (заполнить пустые поля)</translation>
    </message>
    <message>
        <source>Update and over&amp;write the existing company</source>
        <translation>Обновить и &amp;перезаписать существующую компанию</translation>
    </message>
    <message>
        <source>&amp;Create a new company anyway</source>
        <translation>&amp;Всё равно создать новую компанию</translation>
    </message>
    <message>
        <source>&amp;Update the existing contact (fill empty fields)</source>
        <translation>&amp;Обновить существующий контакт (заполнить пустые поля)</translation>
    </message>
    <message>
        <source>Update and over&amp;write the existing contact</source>
        <translation>Обновить и пере&amp;записать существующий контакт</translation>
    </message>
    <message>
        <source>&amp;Create a new contact anyway</source>
        <translation>Всё равно &amp;создать новый контакт</translation>
    </message>
    <message>
        <source>A row like an interaction already in Rapport (the same contact, channel, time and subject)</source>
        <translation>Строка, как взаимодействие, которое уже есть в Rapport (тот же контакт, канал, время и тема)</translation>
    </message>
    <message>
        <source>A row like a task already in Rapport (the same contact, title and due date)</source>
        <translation>Строка, как задача, которая уже есть в Rapport (тот же контакт, название и срок)</translation>
    </message>
    <message>
        <source>A row like a purchase already in Rapport (the same contact, day, total and currency)</source>
        <translation>Строка, как покупка, которая уже есть в Rapport (тот же контакт, день, сумма и валюта)</translation>
    </message>
    <message>
        <source>&amp;Import it anyway</source>
        <translation>&amp;Всё равно импортировать</translation>
    </message>
    <message>
        <source>Found from the dates in the file.</source>
        <translation>Определено по датам в файле.</translation>
    </message>
    <message>
        <source>As the template says.</source>
        <translation>Как указано в шаблоне.</translation>
    </message>
    <message>
        <source>The dates in the file can be read both ways: choose how it writes them.</source>
        <translation>Даты в файле можно прочитать обоими способами: выберите, в каком порядке они записаны.</translation>
    </message>
    <message>
        <source>Rows shown: {count}. Rows that will not be imported: {bad}.</source>
        <translation>Показано строк: {count}. Не будет импортировано строк: {bad}.</translation>
    </message>
    <message>
        <source>Each row is linked to its contact when it is imported; a row whose contact is not found is reported then.</source>
        <translation>Каждая строка связывается со своим контактом при импорте; строка, контакт которой не найден, будет указана в отчёте.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Log Purchase: {name}</source>
        <translation>Запись покупки: {name}</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Добавить позицию</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить позицию</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Позиции:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>{amount} (the lines&apos; sum)</source>
        <translation>{amount} (сумма позиций)</translation>
    </message>
    <message>
        <source>Not a member of {programme}: earns no points.</source>
        <translation>Не участвует в программе «{programme}»: баллы не начисляются.</translation>
    </message>
    <message>
        <source>Bought before joining {programme}: earns no points.</source>
        <translation>Куплено до подключения к программе «{programme}»: баллы не начисляются.</translation>
    </message>
    <message>
        <source>Only purchases in {currency} earn points.</source>
        <translation>Баллы начисляются только за покупки в {currency}.</translation>
    </message>
    <message numerus="yes">
        <source>Earns %Ln point(s).</source>
        <translation>
            <numerusform>Будет начислен %Ln балл.</numerusform>
            <numerusform>Будет начислено %Ln балла.</numerusform>
            <numerusform>Будет начислено %Ln баллов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesBox</name>
    <message>
        <source>Delete Purchase</source>
        <translation>Удаление покупки</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete Purchase…</source>
        <extracomment>A purchase form was opened (tests may want it).</extracomment>
        <translation>Удалить покупку…</translation>
    </message>
    <message>
        <source>Log purchase…</source>
        <translation>Записать покупку…</translation>
    </message>
    <message>
        <source>Log a purchase of this contact (Ctrl+Shift+P)</source>
        <translation>Записать покупку этого контакта (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the chosen purchase (Edit &gt; Undo brings it back)</source>
        <translation>Удалить выбранную покупку («Правка &gt; Отменить» вернёт её)</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>Покупок пока нет.</translation>
    </message>
    <message>
        <source>Delete the purchase of {amount} on {date}? Its points are taken back. Edit &gt; Undo restores it.</source>
        <translation>Удалить покупку на сумму {amount} от {date}? Начисленные за неё баллы будут сняты. «Правка &gt; Отменить» восстановит её.</translation>
    </message>
</context>
<context>
    <name>QuickLogBar</name>
    <message>
        <source>When it happened, in local time</source>
        <extracomment>What was stored: an ``interactions.LoggedInteraction``.</extracomment>
        <translation>Когда это произошло (по местному времени)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>Что было сказано или сделано</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The deal this was about</source>
        <translation>Сделка, к которой это относится</translation>
    </message>
    <message>
        <source>Follow up in</source>
        <translation>Напомнить через</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Log it (Ctrl+Return)</source>
        <translation>Записать (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Follow up: {subject}</source>
        <translation>Связаться повторно: {subject}</translation>
    </message>
    <message>
        <source>Follow up: {channel}</source>
        <translation>Связаться повторно: {channel}</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>Без сделки</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Повторная связь</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
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
    <name>ReminderNotifier</name>
    <message>
        <source>Reminder: {title}</source>
        <translation>Напоминание: {title}</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>срок: {when}</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>Напоминания ({count})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule Task</source>
        <translation>Перенос задачи</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Новый срок:</translation>
    </message>
</context>
<context>
    <name>RetentionChart</name>
    <message>
        <source>Complete cohorts</source>
        <translation>Завершённые когорты</translation>
    </message>
    <message>
        <source>Less than a year so far</source>
        <translation>Прошло меньше года</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>Купили снова</translation>
    </message>
    <message>
        <source>{month}: {repeat} of {customers} new customers bought again ({rate})</source>
        <translation>{month}: {repeat} из {customers} новых клиентов купили снова ({rate})</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Save the Rejected Rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Импорт файла {name}…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Rows done: {count}</source>
        <translation>Обработано строк: {count}</translation>
    </message>
    <message>
        <source>{name} was imported.</source>
        <translation>Файл {name} импортирован.</translation>
    </message>
    <message>
        <source>Created: {count}</source>
        <translation>Создано: {count}</translation>
    </message>
    <message>
        <source>Updated: {count}</source>
        <translation>Обновлено: {count}</translation>
    </message>
    <message>
        <source>Skipped (already in Rapport): {count}</source>
        <translation>Пропущено (уже есть в Rapport): {count}</translation>
    </message>
    <message>
        <source>Rejected: {count}</source>
        <translation>Отклонено: {count}</translation>
    </message>
    <message>
        <source>Warnings (values to check): {count}</source>
        <translation>Предупреждения (значения, которые стоит проверить): {count}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <source>The import failed: {reason}
Nothing was imported.</source>
        <translation>Не удалось выполнить импорт: {reason}
Ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} - rejected rows</source>
        <translation>{name} - отклонённые строки</translation>
    </message>
    <message>
        <source>Save the Rejected Rows</source>
        <translation>Сохранение отклонённых строк</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Файл сохранён: {path}</translation>
    </message>
    <message>
        <source>The rows could not be saved: {reason}</source>
        <translation>Не удалось сохранить строки: {reason}</translation>
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
    <name>TagsEdit</name>
    <message>
        <source>Separate tags with commas</source>
        <translation>Теги через запятую</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit Task</source>
        <extracomment>The time of day a reminder &quot;at the due time&quot; of a task without a time goes off.</extracomment>
        <translation>Редактирование задачи</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>В срок выполнения</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>В указанное время…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>Напо&amp;минание:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>Без сделки</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Сделка:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Follow up: {subject}</source>
        <extracomment>Titles of follow-ups when none is typed: stored text, so the UI should pass its own translated ``follow_up_title``; these are the English fallback.</extracomment>
        <translation>Связаться повторно: {subject}</translation>
    </message>
    <message>
        <source>Follow up on the {channel}</source>
        <translation>Связаться повторно ({channel})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Следующие 7 дней</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>No follow-ups yet.
Create one with New Task…</source>
        <translation>Задач пока нет.
Создайте задачу командой «Новая задача…»</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Завершить…</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>На 1 час</translation>
    </message>
    <message>
        <source>Until Tomorrow, {time}</source>
        <translation>До завтра, {time}</translation>
    </message>
    <message>
        <source>Until Monday, {time}</source>
        <translation>До понедельника, {time}</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Сменить ответственного…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Export to .ics…</source>
        <translation>Экспорт в .ics…</translation>
    </message>
    <message>
        <source>Export to Spreadsheet…</source>
        <translation>Экспорт в таблицу…</translation>
    </message>
    <message>
        <source>No tasks match these filters.</source>
        <translation>Нет задач, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: {reason}</source>
        <translation>Не удалось загрузить задачи: {reason}</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Completed “{title}”</source>
        <translation>Задача «{title}» завершена</translation>
    </message>
    <message>
        <source>Snoozed “{title}”</source>
        <translation>Задача «{title}» отложена</translation>
    </message>
    <message>
        <source>Rescheduled “{title}”</source>
        <translation>Задача «{title}» перенесена</translation>
    </message>
    <message>
        <source>Reassign Task</source>
        <translation>Смена ответственного</translation>
    </message>
    <message>
        <source>Owner of “{title}”:</source>
        <translation>Ответственный за «{title}»:</translation>
    </message>
    <message>
        <source>Reassigned “{title}”</source>
        <translation>Ответственный за «{title}» изменён</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>Задача «{title}» удалена</translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation>Экспорт задач</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exporting tasks…</source>
        <translation>Экспорт задач…</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>задачи</translation>
    </message>
    <message>
        <source>Exported {count} tasks to {path}</source>
        <translation>Экспортировано задач: {count}. Файл: {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось выполнить экспорт</translation>
    </message>
    <message>
        <source>The tasks could not be exported: {reason}</source>
        <translation>Не удалось экспортировать задачи: {reason}</translation>
    </message>
    <message>
        <source>Delete Task “{title}”</source>
        <translation>удаление задачи «{title}»</translation>
    </message>
</context>
<context>
    <name>TemplateButtons</name>
    <message>
        <source>Sa&amp;ve as Template…</source>
        <translation>Сохранить как ша&amp;блон…</translation>
    </message>
    <message>
        <source>Use &amp;Template…</source>
        <translation>&amp;Применить шаблон…</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Сохранение шаблона</translation>
    </message>
    <message>
        <source>Name of the template (the mapping of these columns):</source>
        <translation>Название шаблона (сопоставления этих столбцов):</translation>
    </message>
    <message>
        <source>Saved as the template “{name}”.</source>
        <translation>Сохранено как шаблон «{name}».</translation>
    </message>
    <message>
        <source>There is a template “{name}” for importing {records} already. Replace it?</source>
        <translation>Шаблон «{name}» для импорта ({records}) уже есть. Заменить его?</translation>
    </message>
    <message>
        <source>There is a template “{name}” already. Replace it?</source>
        <translation>Шаблон «{name}» уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>No template has been saved yet: map the columns, then “Save as Template…”.</source>
        <translation>Сохранённых шаблонов пока нет: сопоставьте столбцы, затем нажмите «Сохранить как шаблон…».</translation>
    </message>
    <message>
        <source>Use Template</source>
        <translation>Применение шаблона</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Template “{name}” applied. Columns mapped: {count}.</source>
        <translation>Шаблон «{name}» применён. Сопоставлено столбцов: {count}.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Create {name}</source>
        <translation>создание контакта «{name}»</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>изменение контакта «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>удаление %n контакта</numerusform>
            <numerusform>удаление %n контактов</numerusform>
            <numerusform>удаление %n контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>восстановление %n контакта</numerusform>
            <numerusform>восстановление %n контактов</numerusform>
            <numerusform>восстановление %n контактов</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>удаление контакта «{name}»</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>восстановление контакта «{name}»</translation>
    </message>
    <message>
        <source>Merge {other} into {survivor}</source>
        <translation>объединение «{other}» с «{survivor}»</translation>
    </message>
    <message>
        <source>Create {name}</source>
        <comment>company</comment>
        <translation>создание компании «{name}»</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>company</comment>
        <translation>изменение компании «{name}»</translation>
    </message>
    <message>
        <source>Create deal {title}</source>
        <translation>создание сделки «{title}»</translation>
    </message>
    <message>
        <source>Edit deal {title}</source>
        <translation>изменение сделки «{title}»</translation>
    </message>
    <message>
        <source>Move {title} to {stage}</source>
        <translation>перемещение «{title}» на этап «{stage}»</translation>
    </message>
    <message>
        <source>Delete deal {title}</source>
        <translation>удаление сделки «{title}»</translation>
    </message>
    <message>
        <source>Log purchase of {amount}</source>
        <translation>запись покупки на сумму {amount}</translation>
    </message>
    <message>
        <source>Delete purchase of {amount}</source>
        <translation>удаление покупки на сумму {amount}</translation>
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
    <message>
        <source>“{value}” is not one of the choices: {choices}.</source>
        <translation>«{value}» — недопустимое значение. Допустимые варианты: {choices}.</translation>
    </message>
    <message>
        <source>A follow-up can be due {minimum} to {maximum} days ahead, not {value}.</source>
        <translation>Срок напоминания можно назначить на {minimum}–{maximum} дн. вперёд, но не {value}.</translation>
    </message>
    <message>
        <source>The chosen task no longer exists.</source>
        <translation>Выбранной задачи больше нет.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself. Choose another contact.</source>
        <extracomment>The choices of the merge dialog -&gt; the Contact columns each one sets together.</extracomment>
        <translation>Контакт нельзя объединить с самим собой. Выберите другой контакт.</translation>
    </message>
    <message>
        <source>“{name}” is not in the Trash. Move it to the Trash first.</source>
        <translation>«{name}» не находится в корзине. Сначала переместите эту запись в корзину.</translation>
    </message>
    <message>
        <source>Type a title for the deal.</source>
        <translation>Введите название сделки.</translation>
    </message>
    <message>
        <source>The chosen contact no longer exists. Choose another one.</source>
        <translation>Выбранного контакта больше нет. Выберите другой.</translation>
    </message>
    <message>
        <source>The stage “{stage}” belongs to another pipeline.</source>
        <translation>Этап «{stage}» относится к другой воронке продаж.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Выберите причину проигрыша сделки.</translation>
    </message>
    <message>
        <source>The close date {closed_on} is before the deal was created ({created}).</source>
        <translation>Дата закрытия {closed_on} раньше даты создания сделки ({created}).</translation>
    </message>
    <message>
        <source>The contact “{name}” is in the Trash. Restore it first or choose another contact.</source>
        <translation>Контакт «{name}» находится в корзине. Сначала восстановите его или выберите другой контакт.</translation>
    </message>
    <message>
        <source>The time {value} has no time zone, so the moment it means is unknown.</source>
        <translation>Для времени {value} не указан часовой пояс, поэтому неясно, какой момент имеется в виду.</translation>
    </message>
    <message>
        <source>The due time {due_at} is not on the due date {due_date}.</source>
        <translation>Время выполнения {due_at} не совпадает с датой выполнения {due_date}.</translation>
    </message>
    <message>
        <source>The chosen deal no longer exists. Choose another one, or none.</source>
        <translation>Выбранной сделки больше нет. Выберите другую сделку или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The deal “{title}” is in the Trash. Restore it first or choose another deal.</source>
        <translation>Сделка «{title}» находится в корзине. Сначала восстановите её или выберите другую сделку.</translation>
    </message>
    <message>
        <source>“{value}” is not a priority. Choose one of: {choices}.</source>
        <translation>«{value}» — не приоритет. Выберите один из вариантов: {choices}.</translation>
    </message>
    <message>
        <source>There is no company called “{name}”. Choose one from the list, or clear the field for no company.</source>
        <translation>Компании «{name}» нет. Выберите компанию из списка или очистите поле, если компании нет.</translation>
    </message>
    <message>
        <source>A reminder at the due time needs a due date. Choose one, or another reminder.</source>
        <translation>Для напоминания в срок выполнения нужна дата выполнения. Укажите дату или выберите другое напоминание.</translation>
    </message>
    <message>
        <source>Type a name for the template.</source>
        <translation>Введите название шаблона.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code. Use three letters, such as USD or UZS.</source>
        <extracomment>The largest amount stored, in minor units: ten trillion of a two-decimal currency, well inside a 64-bit integer and exact as a double for charts.</extracomment>
        <translation>«{value}» — не код валюты. Используйте три латинские буквы, например USD или UZS.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount. Type digits, such as 1250 or 1 250.50.</source>
        <translation>«{value}» — не сумма. Введите цифры, например 1250 или 1 250,50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The amount {value} is too large to store.</source>
        <translation>Сумма {value} слишком велика для сохранения.</translation>
    </message>
    <message>
        <source>{currency} has {places} decimal places; “{value}” has more.</source>
        <translation>У валюты {currency} знаков после запятой: {places}; в «{value}» их больше.</translation>
    </message>
    <message>
        <source>Points per unit must be a whole number from 0 to {limit}.</source>
        <translation>Число баллов за единицу валюты должно быть целым, от 0 до {limit}.</translation>
    </message>
    <message>
        <source>“{value}” is not a tier basis. Choose points or spend.</source>
        <translation>«{value}» — не основа для уровней. Выберите баллы или сумму покупок.</translation>
    </message>
    <message>
        <source>Points expire after 1 to {limit} months, or never.</source>
        <translation>Баллы могут сгорать через 1–{limit} мес. или не сгорать никогда.</translation>
    </message>
    <message>
        <source>Type a whole number of days from 1 to {limit}.</source>
        <translation>Введите целое число дней от 1 до {limit}.</translation>
    </message>
    <message>
        <source>A customer is lapsed after more days ({lapsed}) than a customer counts as new ({new}).</source>
        <translation>Срок, после которого клиент считается ушедшим ({lapsed} дн.), должен быть больше срока, в течение которого он считается новым ({new} дн.).</translation>
    </message>
    <message>
        <source>The expanding margin must be a whole percent from 0 to {limit}.</source>
        <translation>Порог роста должен быть целым числом процентов от 0 до {limit}.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>Tier {number} has no name. Type one.</source>
        <translation>У уровня {number} нет названия. Введите его.</translation>
    </message>
    <message>
        <source>There are two tiers named “{name}”. Give each tier its own name.</source>
        <translation>Есть два уровня с названием «{name}». Дайте каждому уровню своё название.</translation>
    </message>
    <message>
        <source>The threshold of “{name}” must be a whole number from 0 to {limit}.</source>
        <translation>Порог уровня «{name}» должен быть целым числом от 0 до {limit}.</translation>
    </message>
    <message>
        <source>The threshold of “{name}” must be higher than that of “{previous}”: each tier needs more than the one before it.</source>
        <translation>Порог уровня «{name}» должен быть выше порога уровня «{previous}»: каждый уровень требует больше, чем предыдущий.</translation>
    </message>
    <message>
        <source>The discount of “{name}” must be a whole percent from 0 to 100.</source>
        <translation>Скидка уровня «{name}» должна быть целым числом процентов от 0 до 100.</translation>
    </message>
    <message>
        <source>“{name}” is already taken. Choose another name.</source>
        <translation>Название «{name}» уже занято. Выберите другое.</translation>
    </message>
    <message>
        <source>“{value}” is not a probability. Use a whole percent from 0 to 100.</source>
        <translation>«{value}» — не вероятность. Укажите целое число процентов от 0 до 100.</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of stage. Choose open, won or lost.</source>
        <translation>«{value}» — не тип этапа. Выберите «В работе», «Выиграна» или «Проиграна».</translation>
    </message>
    <message>
        <source>“{name}” holds {count} deals. Choose the stage to move them to first.</source>
        <translation>На этапе «{name}» сделок: {count}. Сначала выберите этап, на который их переместить.</translation>
    </message>
    <message>
        <source>The deals can only move to another stage of the same pipeline.</source>
        <translation>Сделки можно переместить только на другой этап той же воронки продаж.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage, so “{name}” cannot go.</source>
        <translation>В воронке продаж должен остаться хотя бы один открытый этап, поэтому этап «{name}» удалить нельзя.</translation>
    </message>
    <message>
        <source>Choose the stage of the deal.</source>
        <translation>Выберите этап сделки.</translation>
    </message>
    <message>
        <source>There is no contact called “{name}”. Choose one from the list, or clear the field for no contact.</source>
        <translation>Контакта «{name}» нет. Выберите контакт из списка или очистите поле, если контакта нет.</translation>
    </message>
    <message>
        <source>Choose the day the follow-ups are due.</source>
        <translation>Выберите срок для задач на повторную связь.</translation>
    </message>
    <message>
        <source>Type a whole number of points from 1 to {limit}.</source>
        <extracomment>The most points one entry moves (the column is a 32-bit integer on PostgreSQL).</extracomment>
        <translation>Введите целое число баллов от 1 до {limit}.</translation>
    </message>
    <message>
        <source>Type the points to add (such as 50) or to take away (such as -50).</source>
        <translation>Введите число баллов, которое нужно начислить (например, 50) или снять (например, -50).</translation>
    </message>
    <message>
        <source>Say why: type a reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <source>{name} is not a member of the loyalty programme. Enroll them first.</source>
        <translation>{name} не участвует в программе лояльности. Сначала подключите контакт к программе.</translation>
    </message>
    <message>
        <source>{name} has {balance} points; {points} cannot be redeemed.</source>
        <translation>У контакта {name} баллов: {balance}; списать {points} нельзя.</translation>
    </message>
    <message>
        <source>{name} has {balance} points; {points} cannot be taken away.</source>
        <translation>У контакта {name} баллов: {balance}; снять {points} нельзя.</translation>
    </message>
    <message>
        <source>This entry has been reversed already.</source>
        <translation>Эта запись уже отменена.</translation>
    </message>
    <message>
        <source>Expired points cannot be reversed. Add them back with an adjustment.</source>
        <translation>Сгоревшие баллы нельзя вернуть отменой записи. Начислите их снова корректировкой.</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed. Make an adjustment instead.</source>
        <translation>Отмену записи нельзя отменить. Вместо этого сделайте корректировку.</translation>
    </message>
    <message>
        <source>{name} has {balance} points; reversing this entry would take away {points}, more than they have.</source>
        <translation>У контакта {name} баллов: {balance}; отмена этой записи сняла бы {points} — больше, чем у него есть.</translation>
    </message>
    <message>
        <source>Choose the day of the purchase.</source>
        <translation>Выберите дату покупки.</translation>
    </message>
    <message>
        <source>The purchase is dated {date}, after today. Choose today or an earlier day.</source>
        <translation>Покупка датирована {date} — это позже сегодняшнего дня. Выберите сегодняшнюю или более раннюю дату.</translation>
    </message>
    <message>
        <source>The purchase is dated {date}. Choose a day from 1900 on.</source>
        <translation>Покупка датирована {date}. Выберите дату не раньше 1900 года.</translation>
    </message>
    <message>
        <source>“{value}” is not a channel. Choose store, online, phone or other.</source>
        <translation>«{value}» — не канал. Выберите «Магазин», «Онлайн», «Телефон» или «Другое».</translation>
    </message>
    <message>
        <source>Type the total of the purchase, or add its lines.</source>
        <translation>Введите сумму покупки или добавьте её позиции.</translation>
    </message>
    <message>
        <source>The lines add up to {lines} {currency}, but the total is {total} {currency}. Correct one of them, or clear the total to take the lines&apos; sum.</source>
        <translation>Сумма позиций — {lines} {currency}, а общая сумма — {total} {currency}. Исправьте одно из значений или очистите общую сумму, чтобы использовать сумму позиций.</translation>
    </message>
    <message>
        <source>Line {number} has no product. Type one.</source>
        <translation>В позиции {number} не указан товар. Введите его.</translation>
    </message>
    <message>
        <source>The quantity on line {number} must be a whole number from 1 to {limit}.</source>
        <translation>Количество в позиции {number} должно быть целым числом от 1 до {limit}.</translation>
    </message>
    <message>
        <source>The lines add up to more than can be stored. Check the quantities and prices.</source>
        <translation>Сумма позиций слишком велика для сохранения. Проверьте количество и цены.</translation>
    </message>
    <message>
        <source>This purchase would earn {points} points, more than one entry can hold ({limit}). Lower the points per unit in the loyalty settings.</source>
        <translation>За эту покупку было бы начислено баллов: {points} — больше, чем вмещает одна запись ({limit}). Уменьшите число баллов за единицу валюты в настройке программы лояльности.</translation>
    </message>
    <message>
        <source>The contact no longer exists, or is in the Trash.</source>
        <translation>Этого контакта больше нет или он в корзине.</translation>
    </message>
    <message>
        <source>The threshold of “{name}” must be a whole number of points, not “{value}”.</source>
        <translation>Порог уровня «{name}» должен быть целым числом баллов, а не «{value}».</translation>
    </message>
</context>
</TS>
