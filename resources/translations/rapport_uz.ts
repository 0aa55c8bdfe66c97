<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>ActivityView</name>
    <message>
        <source>When</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mavzu</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Task</source>
        <translation>Vazifa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Muhimlik</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>{count} more not shown: narrow the list with the filters</source>
        <translation>Yana {count} tasi koʻrsatilmagan: roʻyxatni filtrlar bilan qisqartiring</translation>
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
        <translation>Savdo voronkasida bitimlar yoʻq, shuning uchun eksport qiladigan hech narsa yoʻq.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoz</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>Bosqichlar konversiyasi</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Bosqichdagi vaqt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Manbalar</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Maʼlumot</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Weighted value of open deals</source>
        <translation>Ochiq bitimlarning vaznli summasi</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Muvaffaqiyatli bitimlar summasi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bosqich</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Yetib kelgan</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversiya</translation>
    </message>
    <message>
        <source>Finished visits</source>
        <translation>Chiqishlar soni</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Oʻrtacha kun</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Muvaffaqiyatli</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Muvaffaqiyatsiz</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Muvaffaqiyat ulushi</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Muvaffaqiyatli bitimning oʻrtacha summasi</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoʻq)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Savdo voronkasi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <source>Money figures count the deals in {currency}; counts take every deal.</source>
        <translation>Pul koʻrsatkichlari {currency} valyutasidagi bitimlar boʻyicha hisoblanadi; sonlar esa barcha bitimlarni oʻz ichiga oladi.</translation>
    </message>
    <message>
        <source>Open deals with no expected close (weighted)</source>
        <translation>Kutilgan yopilish sanasi yoʻq ochiq bitimlar (vaznli summa)</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Eksport vaqti</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Yaratgan dastur</translation>
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
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Yaratilgan</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>column: when</comment>
        <translation>Import sanasi</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Yozuvlar</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yangilangan</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Oʻtkazib yuborilgan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rad etilgan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Undone on {when}</source>
        <translation>Bekor qilingan: {when}</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>status</comment>
        <translation>Import qilingan</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>weighted {weighted}</source>
        <translation>vaznli {weighted}</translation>
    </message>
    <message numerus="yes">
        <source>and %n other currencies</source>
        <translation>
            <numerusform>va yana %n ta valyuta</numerusform>
            <numerusform>va yana %n ta valyuta</numerusform>
        </translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Bitimlar yoʻq</translation>
    </message>
    <message>
        <source>Win probability {p} %</source>
        <translation>Muvaffaqiyat ehtimoli: {p} %</translation>
    </message>
</context>
<context>
    <name>CampaignAsk</name>
    <message>
        <source>Log campaign</source>
        <translation>Kampaniyani qayd etish</translation>
    </message>
    <message numerus="yes">
        <source>An outbound interaction is logged now on each of the %n contact(s) of this list, and becomes their last contact.</source>
        <translation>
            <numerusform>Bu roʻyxatdagi %n ta kontaktning har biri uchun hozir chiquvchi muloqot qayd etiladi va u ularning oxirgi aloqasi boʻladi.</numerusform>
            <numerusform>Bu roʻyxatdagi %n ta kontaktning har biri uchun hozir chiquvchi muloqot qayd etiladi va u ularning oxirgi aloqasi boʻladi.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was sent (optional)</source>
        <translation>Nima yuborilgan (ixtiyoriy)</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Mavzu:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Ma&amp;tn:</translation>
    </message>
    <message numerus="yes">
        <source>Log on %n contact(s)</source>
        <translation>
            <numerusform>%n ta kontaktga qayd etish</numerusform>
            <numerusform>%n ta kontaktga qayd etish</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>This list holds no contacts, so there is nothing to do. Recompute, or choose another list.</source>
        <translation>Bu roʻyxatda kontaktlar yoʻq, shuning uchun bajariladigan hech narsa yoʻq. Qayta hisoblang yoki boshqa roʻyxatni tanlang.</translation>
    </message>
    <message>
        <source>None of the {count} contacts in this list opted in to marketing, so nothing was exported.</source>
        <translation>Bu roʻyxatdagi {count} ta kontaktning hech biri marketingga rozi emas, shuning uchun hech narsa eksport qilinmadi.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>overdue</source>
        <extracomment>Party names are read for this many cards around the one being painted. Reads the party names of some cards (board.party_names in a unit of work). Deal ids dropped on this column: (ids, this column&apos;s stage id).</extracomment>
        <translation>muddati oʻtgan</translation>
    </message>
</context>
<context>
    <name>ChartFiles</name>
    <message>
        <source>Save chart</source>
        <translation>Grafikni saqlash</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG rasmlari (*.png)</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>rasmni kodlab boʻlmadi</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Saqlab boʻlmadi</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: {reason}</source>
        <translation>Grafikni {path} ga saqlab boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>Saved the chart to {path}</source>
        <translation>Grafik saqlandi: {path}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <extracomment>The workbook was written: its path.</extracomment>
        <translation>PNG sifatida saqlash…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Maʼlumotlarni eksport qilish…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Maʼlumotlarni eksport qilish</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Maʼlumot</translation>
    </message>
    <message>
        <source>Exporting “{chart}”…</source>
        <translation>“{chart}” eksport qilinmoqda…</translation>
    </message>
    <message>
        <source>Exported the data to {path}</source>
        <translation>Maʼlumotlar eksport qilindi: {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport qilib boʻlmadi</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Hech narsa eksport qilinmadi: {reason}</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>Bitim muvaffaqiyatsiz yopildi</translation>
    </message>
    <message>
        <source>Deal Won</source>
        <translation>Bitim muvaffaqiyatli yopildi</translation>
    </message>
    <message>
        <source>Moving the deal to “{stage}” closes it.</source>
        <translation>Bitim “{stage}” bosqichiga oʻtkazilganda yopiladi.</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Yopilgan sana:</translation>
    </message>
    <message>
        <source>Add reason…</source>
        <translation>Sabab qoʻshish…</translation>
    </message>
    <message>
        <source>A new reason</source>
        <translation>Yangi sabab</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Qoʻshish</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Sabab:</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Sabab koʻrsatilmagan</translation>
    </message>
</context>
<context>
    <name>CompanyBox</name>
    <message>
        <source>No company</source>
        <translation>Kompaniyasiz</translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>This company is in the Trash.</source>
        <translation>Bu kompaniya savatda.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>New Company</source>
        <translation>Yangi kompaniya</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} ni tahrirlash</translation>
    </message>
    <message>
        <source>For example: example.com</source>
        <translation>Masalan: example.com</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nomi:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Soha:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Veb-sayt:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Koʻcha:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Shahar:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Viloyat:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Pochta indeksi:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Mamlakat:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Izohlar:</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Roʻyxatga qaytish (Alt+Chapga)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport qilish…</translation>
    </message>
    <message>
        <source>Write this company&apos;s people to a file</source>
        <translation>Bu kompaniya xodimlarini faylga yozish</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Xodimlar</translation>
    </message>
    <message>
        <source>people</source>
        <translation>xodimlar</translation>
    </message>
    <message numerus="yes">
        <source>People (%Ln)</source>
        <translation>
            <numerusform>Xodimlar (%Ln)</numerusform>
            <numerusform>Xodimlar (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete Task</source>
        <translation>Vazifani yakunlash</translation>
    </message>
    <message>
        <source>Log what came of “{title}” with {contact}?</source>
        <translation>{contact} bilan “{title}” natijasini qayd etasizmi?</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Mavzu:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Nima boʻldi:</translation>
    </message>
    <message>
        <source>Complete and Log</source>
        <translation>Yakunlash va qayd etish</translation>
    </message>
    <message>
        <source>Complete without Logging</source>
        <translation>Qayd etmasdan yakunlash</translation>
    </message>
</context>
<context>
    <name>ContactBox</name>
    <message>
        <source>No contact</source>
        <translation>Kontaktsiz</translation>
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
        <translation>Bosqich: {stage}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Manba: {source}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Masʼul: {owner}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Masʼul yoʻq</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Marketingga rozi emas</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Marketingga rozi</translation>
    </message>
    <message>
        <source>Opted in on {date}</source>
        <translation>Marketingga rozilik sanasi: {date}</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Hali bogʻlanilmagan</translation>
    </message>
    <message>
        <source>Last contact: today</source>
        <translation>Oxirgi aloqa: bugun</translation>
    </message>
    <message>
        <source>Last contact: yesterday</source>
        <translation>Oxirgi aloqa: kecha</translation>
    </message>
    <message numerus="yes">
        <source>Last contact: %Ln day(s) ago</source>
        <translation>
            <numerusform>Oxirgi aloqa: %Ln kun oldin</numerusform>
            <numerusform>Oxirgi aloqa: %Ln kun oldin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>Yangi kontakt</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Tahrirlash: {name}</translation>
    </message>
    <message>
        <source>Made from the first and last name</source>
        <translation>Ism va familiyadan tuziladi</translation>
    </message>
    <message>
        <source>For example: signed form at the shop</source>
        <translation>Masalan: doʻkonda imzolangan ariza</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Har bir qatorda bittadan</translation>
    </message>
    <message>
        <source>Agreed to receive marketing</source>
        <translation>Marketing xabarlarini olishga rozi</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Maʼlum</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Birlashtirib boʻlmaydi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Ism:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Familiya:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Koʻrsatiladigan ism:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Kompaniya:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Lavozim:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Elektron pochta:</translation>
    </message>
    <message>
        <source>Other emails:</source>
        <translation>Boshqa elektron pochtalar:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Boshqa telefonlar:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Teglar:</translation>
    </message>
    <message>
        <source>Sales &amp;&amp; Consent</source>
        <translation>Savdo va rozilik</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>Hayotiy sikl bosqichi:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Manba:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Masʼul:</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <source>Opted in on:</source>
        <translation>Rozilik sanasi:</translation>
    </message>
    <message>
        <source>How obtained:</source>
        <translation>Qanday olingan:</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Shaxsiy</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Tugʻilgan kun:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Koʻcha:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Shahar:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Viloyat:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Pochta indeksi:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Mamlakat:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Qaydlar:</translation>
    </message>
</context>
<context>
    <name>ContactListDialog</name>
    <message>
        <source>Counting…</source>
        <extracomment>The list was counted and is shown. A bulk action ended (its count; 0 when it failed).</extracomment>
        <translation>Hisoblanmoqda…</translation>
    </message>
    <message>
        <source>Create follow-ups…</source>
        <translation>Qayta bogʻlanish vazifalarini yaratish…</translation>
    </message>
    <message>
        <source>Log campaign…</source>
        <translation>Kampaniyani qayd etish…</translation>
    </message>
    <message>
        <source>Export for mailing…</source>
        <translation>Xabar yuborish uchun eksport qilish…</translation>
    </message>
    <message>
        <source>Only the contacts who opted in to marketing are exported.</source>
        <translation>Faqat marketingga rozi boʻlgan kontaktlar eksport qilinadi.</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Kontaktni ochish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n ta kontakt</numerusform>
            <numerusform>%n ta kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts in this list now.</source>
        <translation>Hozir bu roʻyxatda kontaktlar yoʻq.</translation>
    </message>
    <message>
        <source>Follow up: {list}</source>
        <translation>Qayta bogʻlanish: {list}</translation>
    </message>
    <message>
        <source>Create follow-ups</source>
        <translation>Qayta bogʻlanish vazifalarini yaratish</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>%n ta qayta bogʻlanish vazifasi yaratildi.</numerusform>
            <numerusform>%n ta qayta bogʻlanish vazifasi yaratildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log campaign</source>
        <translation>Kampaniyani qayd etish</translation>
    </message>
    <message numerus="yes">
        <source>Logged the campaign on %n contact(s).</source>
        <translation>
            <numerusform>Kampaniya %n ta kontaktga qayd etildi.</numerusform>
            <numerusform>Kampaniya %n ta kontaktga qayd etildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bajarilmoqda…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) who opted in to marketing to {path}.</source>
        <translation>
            <numerusform>Marketingga rozi boʻlgan %n ta kontakt eksport qilindi: {path}.</numerusform>
            <numerusform>Marketingga rozi boʻlgan %n ta kontakt eksport qilindi: {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of the list were left out for lack of consent.</source>
        <translation>
            <numerusform>Roʻyxatdagi %n ta kontakt rozilik boʻlmagani uchun eksportga kiritilmadi.</numerusform>
            <numerusform>Roʻyxatdagi %n ta kontakt rozilik boʻlmagani uchun eksportga kiritilmadi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the list opted in.</source>
        <translation>Roʻyxatdagi barcha kontaktlar marketingga rozi.</translation>
    </message>
    <message>
        <source>Export for mailing</source>
        <translation>Xabar yuborish uchun eksport qilish</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <extracomment>A page landed (its number).</extracomment>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kompaniya</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Elektron pochta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Marketingga rozi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Oxirgi xarid</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Xaridlar summasi</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yuklanmoqda…</translation>
    </message>
    <message>
        <source>(deleted since the list was opened)</source>
        <translation>(roʻyxat ochilgandan keyin oʻchirilgan)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Roʻyxatga qaytish (Alt+Left)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Yangi vazifa…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Qayta bogʻlanish…</translation>
    </message>
    <message>
        <source>A task to follow up the chosen interaction (Menu key on a row)</source>
        <translation>Tanlangan muloqot boʻyicha qayta bogʻlanish vazifasi (yoki qatorda Menyu tugmasi)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Yakunlash</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Ochiq vazifalar</translation>
    </message>
    <message>
        <source>{title} — due {date}</source>
        <translation>{title} — muddati {date}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%Ln interaction(s))</source>
        <translation>
            <numerusform>Xronologiya (%Ln ta muloqot)</numerusform>
            <numerusform>Xronologiya (%Ln ta muloqot)</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up: {subject}</source>
        <translation>Qayta bogʻlanish: {subject}</translation>
    </message>
    <message>
        <source>Follow up: {channel}</source>
        <translation>Qayta bogʻlanish: {channel}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kompaniya</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Lavozim</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Elektron pochta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Shahar</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bosqich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing roziligi</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Oxirgi aloqa</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Qoʻshilgan</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>The number of matching contacts changed (after a new query or a refresh).</extracomment>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Search names, emails, phones, companies and notes</source>
        <translation>Ismlar, elektron pochta, telefonlar, kompaniyalar va qaydlar boʻyicha qidirish</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Istalgan bosqich</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Istalgan manba</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Istalgan masʼul</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Istalgan teg</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Istalgan kompaniya</translation>
    </message>
    <message>
        <source>Marketing: any</source>
        <translation>Marketing: hammasi</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Marketingga rozi</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Marketingga rozi emas</translation>
    </message>
    <message>
        <source>Tasks: any</source>
        <translation>Vazifalar: hammasi</translation>
    </message>
    <message>
        <source>Has open tasks</source>
        <translation>Ochiq vazifalari bor</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Ochiq vazifalari yoʻq</translation>
    </message>
    <message>
        <source>Last contact: any</source>
        <translation>Oxirgi aloqa: istalgan</translation>
    </message>
    <message>
        <source>No contact for </source>
        <translation>Aloqasiz </translation>
    </message>
    <message>
        <source> days</source>
        <translation> kun</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Savat</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Savatni boʻshatish…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Savatga oʻtkazish</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport qilish…</translation>
    </message>
    <message>
        <source>Write the contacts this search and these filters show to a file</source>
        <translation>Ushbu qidiruv va filtrlar boʻyicha koʻrsatilgan kontaktlarni faylga yozish</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Tahrirlash…</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Yangi vazifa…</translation>
    </message>
    <message>
        <source>Merge These Two…</source>
        <translation>Bu ikkisini birlashtirish…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Tiklash</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the Trash</source>
        <translation>
            <numerusform>%n ta kontakt savatga oʻtkazildi</numerusform>
            <numerusform>%n ta kontakt savatga oʻtkazildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s)</source>
        <translation>
            <numerusform>%n ta kontakt tiklandi</numerusform>
            <numerusform>%n ta kontakt tiklandi</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontaktlar</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Savatni boʻshatish</translation>
    </message>
    <message>
        <source>Delete every contact in the Trash for good, with their interactions and tasks? This cannot be undone.</source>
        <translation>Savatdagi barcha kontaktlar muloqotlari va vazifalari bilan birga butunlay oʻchirilsinmi? Bu amalni bekor qilib boʻlmaydi.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good</source>
        <translation>
            <numerusform>%n ta kontakt butunlay oʻchirildi</numerusform>
            <numerusform>%n ta kontakt butunlay oʻchirildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln ta kontakt</numerusform>
            <numerusform>%Ln ta kontakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln tadan ortiq kontakt</numerusform>
            <numerusform>%Ln tadan ortiq kontakt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>No source</source>
        <translation>Manbasiz</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Boshqa manbalar</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Darajasiz</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jami</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Yangi mijozlar</translation>
    </message>
    <message>
        <source>Bought again within a year</source>
        <translation>Bir yil ichida yana xarid qilganlar</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Takroriy xaridlar ulushi</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Yakuniy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>Not yet, less than a year so far</source>
        <translation>Hali yoʻq, bir yildan kam vaqt oʻtdi</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Takroriy xaridlar</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>Darajalar boʻyicha daromad</translation>
    </message>
    <message>
        <source>Reactivated customers</source>
        <translation>Qayta faollashgan mijozlar</translation>
    </message>
    <message>
        <source>Reactivations</source>
        <translation>Qayta faollashishlar</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bosqich</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Ochiq bitimlar</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Umumiy summa</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Vaznli summa</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Ochiq savdo voronkasi</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Recompute</source>
        <extracomment>The section is at least this wide (pixels) for two charts side by side: a window of 1,280 pixels and more, beside the sidebar. The stored figures were read and are shown (or the empty state is). The Recompute button was pressed: the window runs the recompute. What is on screen: None before the first recompute (or a load).</extracomment>
        <translation>Qayta hisoblash</translation>
    </message>
    <message>
        <source>Work out every customer&apos;s standing and these figures again</source>
        <translation>Har bir mijozning holatini va ushbu koʻrsatkichlarni qayta hisoblash</translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation>Hozir qayta hisoblash</translation>
    </message>
    <message>
        <source>New customers by source</source>
        <translation>Manbalar boʻyicha yangi mijozlar</translation>
    </message>
    <message>
        <source>Customers whose first purchase fell in the month, by where they came from.</source>
        <translation>Birinchi xaridi shu oyga toʻgʻri kelgan mijozlar, qayerdan kelganiga koʻra.</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>Takroriy xaridlar</translation>
    </message>
    <message>
        <source>Of the customers who first bought in the month, the share who bought again within a year (365 days). Dashed: less than a year has passed, the share may still rise.</source>
        <translation>Shu oyda birinchi marta xarid qilgan mijozlardan bir yil (365 kun) ichida yana xarid qilganlar ulushi. Punktir chiziq: hali bir yil oʻtmagan, ulush yana oshishi mumkin.</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>Darajalar boʻyicha daromad</translation>
    </message>
    <message>
        <source>Purchases by month, by the tier their buyer holds now.</source>
        <translation>Oylar boʻyicha xaridlar, xaridorning hozirgi darajasiga koʻra.</translation>
    </message>
    <message>
        <source>Reactivations</source>
        <translation>Qayta faollashishlar</translation>
    </message>
    <message>
        <source>Lapsed customers who bought again, by the month they came back.</source>
        <translation>Yana xarid qilgan ketib qolgan mijozlar, qaytgan oyi boʻyicha.</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Ochiq savdo voronkasi</translation>
    </message>
    <message>
        <source>Open deals by stage: their value, and their value weighted by the chance of winning them.</source>
        <translation>Bosqichlar boʻyicha ochiq bitimlar: ularning summasi va muvaffaqiyat ehtimoliga koʻra vaznli summasi.</translation>
    </message>
    <message>
        <source>The figures could not be read: {reason}</source>
        <translation>Koʻrsatkichlarni oʻqib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>No figures to show</source>
        <translation>Koʻrsatiladigan koʻrsatkichlar yoʻq</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Hali hisoblanmagan.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Hozircha koʻrsatkichlar yoʻq</translation>
    </message>
    <message>
        <source>The Dashboard charts new customers by source, repeat purchases, revenue by tier, reactivations and the open pipeline. The recompute works them out after imports and whenever you ask for it.</source>
        <translation>Boshqaruv paneli manbalar boʻyicha yangi mijozlar, takroriy xaridlar, darajalar boʻyicha daromad, qayta faollashishlar va ochiq savdo voronkasi grafiklarini koʻrsatadi. Qayta hisoblash ularni har bir importdan keyin va siz soʻraganingizda hisoblab chiqadi.</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Grafik uchun hali maʼlumot yoʻq</translation>
    </message>
    <message>
        <source>No customer has bought anything in the last two years and no deal is open. Log purchases or import them, then recompute.</source>
        <translation>Soʻnggi ikki yilda hech bir mijoz xarid qilmagan va ochiq bitimlar yoʻq. Xaridlarni qayd eting yoki import qiling, soʻng qayta hisoblang.</translation>
    </message>
    <message>
        <source>Computed on {date} at {time}.</source>
        <translation>Hisoblangan vaqt: {date}, soat {time}.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Mijozlar</translation>
    </message>
    <message>
        <source>Reactivated customers</source>
        <translation>Qayta faollashgan mijozlar</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n ta bitim</numerusform>
            <numerusform>%n ta bitim</numerusform>
        </translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Ochiq bitimlar</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Umumiy summa</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Vaznli summa</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Nimani koʻrsatadi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <source>{currency}, the loyalty programme&apos;s: purchases in other currencies are not counted.</source>
        <translation>{currency} (sodiqlik dasturi valyutasi): boshqa valyutalardagi xaridlar hisobga olinmaydi.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Savdo voronkasi</translation>
    </message>
    <message>
        <source>{currency}: the values count the deals in {currency}. Open deals in other currencies, counted but not summed: {count}.</source>
        <translation>{currency}: summalar {currency} valyutasidagi bitimlar boʻyicha hisoblanadi. Boshqa valyutalardagi ochiq bitimlar (soniga qoʻshilgan, summaga qoʻshilmagan): {count}.</translation>
    </message>
    <message>
        <source>Computed on</source>
        <translation>Hisoblangan vaqt</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Eksport vaqti</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Yaratgan dastur</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} jildi mavjud emas.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} jild emas.</translation>
    </message>
    <message>
        <source>Rapport cannot create a database in {folder}: the folder is read-only.</source>
        <translation>Rapport {folder} jildida maʼlumotlar bazasini yarata olmaydi: jild faqat oʻqish uchun.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} fayl emas.</translation>
    </message>
    <message>
        <source>Rapport is not allowed to read {path}.</source>
        <translation>Rapport dasturiga {path} faylini oʻqishga ruxsat berilmagan.</translation>
    </message>
    <message>
        <source>{path} is read-only. Rapport needs to write to its database; make the file writable or choose another one.</source>
        <translation>{path} faqat oʻqish uchun. Rapport oʻz maʼlumotlar bazasiga yozishi kerak: faylga yozishga ruxsat bering yoki boshqa fayl tanlang.</translation>
    </message>
    <message>
        <source>{path} is not a Rapport database (it is not an SQLite file).</source>
        <translation>{path} Rapport maʼlumotlar bazasi emas (bu SQLite fayli emas).</translation>
    </message>
    <message>
        <source>Rapport cannot open {target}: {reason}</source>
        <translation>Rapport {target} bazasini ocha olmaydi: {reason}</translation>
    </message>
    <message>
        <source>{target} is not a valid database address.</source>
        <translation>{target} yaroqli maʼlumotlar bazasi manzili emas.</translation>
    </message>
    <message>
        <source>{target} is a database of another program, not a Rapport database.</source>
        <translation>{target} boshqa dasturning maʼlumotlar bazasi, Rapport bazasi emas.</translation>
    </message>
    <message>
        <source>{target} was written by a newer version of Rapport. Update Rapport to open it.</source>
        <translation>{target} bazasi Rapport dasturining yangiroq versiyasida yaratilgan. Uni ochish uchun Rapportni yangilang.</translation>
    </message>
    <message>
        <source>{target} needs an upgrade before it can be used.</source>
        <translation>{target} bazasidan foydalanish uchun avval uni yangilash kerak.</translation>
    </message>
    <message>
        <source>The upgrade of {target} failed: {reason}. A copy from before the upgrade is at {backup}.</source>
        <translation>{target} ni yangilab boʻlmadi: {reason}. Yangilashdan oldingi nusxa bu yerda: {backup}.</translation>
    </message>
    <message>
        <source>{target} is a database in memory; the window needs a file. Use --db with a file name.</source>
        <translation>{target} — xotiradagi maʼlumotlar bazasi, oynaga esa fayl kerak. --db bilan fayl nomini koʻrsating.</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Deal: {title}</source>
        <translation>Bitim: {title}</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Yangi bitim</translation>
    </message>
    <message>
        <source>What is being sold, and to whom</source>
        <translation>Nima sotilmoqda va kimga</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Maʼlum</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Kom&amp;paniya:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>Savdo &amp;voronkasi:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Bosqich:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>Kutilgan &amp;yopilish:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Masʼul:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>M&amp;anba:</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>&amp;Ehtimol:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Qaydlar:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Move the deal to the Trash (Edit &gt; Undo brings it back)</source>
        <translation>Bitimni savatga oʻtkazish (“Tahrirlash &gt; Undo” uni qaytaradi)</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Bitim</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faollik</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status}, yopilgan sana: {date}</translation>
    </message>
    <message>
        <source>This deal is in the Trash.</source>
        <translation>Bu bitim savatda.</translation>
    </message>
    <message>
        <source>The stage&apos;s ({percent} %)</source>
        <translation>Bosqich boʻyicha ({percent} %)</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Contact or company</source>
        <translation>Kontakt yoki kompaniya</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bosqich</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Ehtimol</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Vaznli summa</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Kutilgan yopilish</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Yopilgan sana</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
</context>
<context>
    <name>DealsBlock</name>
    <message>
        <source>Deals</source>
        <extracomment>A deal form was opened (tests and the main window may want it). The deals shown were (re)read: a list of DealRecord.</extracomment>
        <translation>Bitimlar</translation>
    </message>
    <message>
        <source>Double-click or Enter opens a deal</source>
        <translation>Bitimni ochish uchun ikki marta bosing yoki Enter tugmasini bosing</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Yangi bitim…</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>yopilishi: {date}</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>{date} dan beri muddati oʻtgan</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>yopilgan: {date}</translation>
    </message>
    <message numerus="yes">
        <source>Deals (%Ln open)</source>
        <translation>
            <numerusform>Bitimlar (%Ln ta ochiq)</numerusform>
            <numerusform>Bitimlar (%Ln ta ochiq)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Ehtimoliy takror</translation>
    </message>
    <message>
        <source>This person may already be in Rapport:</source>
        <translation>Bu shaxs Rapportda allaqachon boʻlishi mumkin:</translation>
    </message>
    <message>
        <source>Open Existing</source>
        <translation>Mavjudini ochish</translation>
    </message>
    <message>
        <source>Merge into Existing…</source>
        <translation>Mavjudi bilan birlashtirish…</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Baribir saqlash</translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation>Tahrirlashga qaytish</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>bir xil elektron pochta</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>bir xil telefon</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>bir kompaniyada oʻxshash ism</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Opening the database…</source>
        <translation>Maʼlumotlar bazasi ochilmoqda…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This company no longer exists. It may have been removed from the Trash.</source>
        <translation>Bu kompaniya endi mavjud emas. U savatdan oʻchirilgan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>“{name}” is in the Trash. Restore it first.</source>
        <translation>“{name}” savatda. Avval uni tiklang.</translation>
    </message>
    <message>
        <source>“{name}” has contacts now, so creating it cannot be undone.</source>
        <translation>“{name}” kompaniyasida endi kontaktlar bor, shuning uchun uni yaratishni bekor qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>“{name}” cannot be created again: another company has taken its place.</source>
        <translation>“{name}” ni qayta yaratib boʻlmaydi: uning oʻrnini boshqa kompaniya egallagan.</translation>
    </message>
    <message>
        <source>This contact no longer exists. It may have been removed from the Trash.</source>
        <translation>Bu kontakt endi mavjud emas. U savatdan oʻchirilgan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>This interaction no longer exists.</source>
        <translation>Bu muloqot yozuvi endi mavjud emas.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Bu vazifa endi mavjud emas.</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>Bu bitim endi mavjud emas.</translation>
    </message>
    <message>
        <source>The deal “{title}” is in the Trash.</source>
        <translation>“{title}” bitimi savatda.</translation>
    </message>
    <message>
        <source>The deal “{title}” has moved since, so this move cannot be taken back.</source>
        <translation>“{title}” bitimi shundan beri yana koʻchirilgan, shuning uchun bu koʻchirishni bekor qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>This pipeline no longer exists.</source>
        <translation>Bu savdo voronkasi endi mavjud emas.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Bu bosqich endi mavjud emas.</translation>
    </message>
    <message>
        <source>This lost reason no longer exists.</source>
        <translation>Bu muvaffaqiyatsizlik sababi endi mavjud emas.</translation>
    </message>
    <message>
        <source>The tier “{name}” no longer exists. Close the settings and open them again.</source>
        <translation>“{name}” darajasi endi mavjud emas. Sozlamalarni yoping va qaytadan oching.</translation>
    </message>
    <message>
        <source>This points entry no longer exists.</source>
        <translation>Bu ballar yozuvi endi mavjud emas.</translation>
    </message>
    <message>
        <source>This purchase no longer exists.</source>
        <translation>Bu xarid endi mavjud emas.</translation>
    </message>
    <message>
        <source>This purchase is in the Trash.</source>
        <translation>Bu xarid savatda.</translation>
    </message>
    <message>
        <source>This purchase is not in the Trash.</source>
        <translation>Bu xarid savatda emas.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Contacts</source>
        <extracomment>A sentence of the About text: a template and its values.</extracomment>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Kompaniyalar</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Vazifalar</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Bitimlar</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Muloqotlar</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksport qilingan</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Qidiruv</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtrlar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Qatorlar</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Eksport vaqti</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Vaqtlar</translation>
    </message>
    <message>
        <source>Dates and times are the local time of the computer that exported them ({zone} when exported). Rapport stores them in UTC.</source>
        <translation>Sana va vaqtlar eksport qilgan kompyuterning mahalliy vaqtida koʻrsatilgan (eksport paytida {zone}). Rapport ularni UTC boʻyicha saqlaydi.</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Yaratgan dastur</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>Qisqartirilgan</translation>
    </message>
    <message>
        <source>{count} cells held more than 32,767 characters, all a workbook cell can hold, and were cut there. Export as .csv to keep all the text.</source>
        <translation>{count} ta katakda 32 767 tadan ortiq belgi bor edi (ishchi kitob katagiga sigʻadigan eng koʻp miqdor), shuning uchun ular shu joyda kesildi. Butun matnni saqlash uchun .csv sifatida eksport qiling.</translation>
    </message>
    <message>
        <source>Tags: {names}</source>
        <translation>Teglar: {names}</translation>
    </message>
    <message>
        <source>Lifecycle stage: {names}</source>
        <translation>Hayotiy sikl bosqichi: {names}</translation>
    </message>
    <message>
        <source>Source: {names}</source>
        <translation>Manba: {names}</translation>
    </message>
    <message>
        <source>Owner: {names}</source>
        <translation>Masʼul: {names}</translation>
    </message>
    <message>
        <source>Company: {name}</source>
        <translation>Kompaniya: {name}</translation>
    </message>
    <message>
        <source>Company: a name that is no company</source>
        <translation>Kompaniya: mavjud kompaniyaga mos kelmaydigan nom</translation>
    </message>
    <message>
        <source>Opted in to marketing</source>
        <translation>Marketingga rozi</translation>
    </message>
    <message>
        <source>Not opted in to marketing</source>
        <translation>Marketingga rozi emas</translation>
    </message>
    <message>
        <source>Has open tasks</source>
        <translation>Ochiq vazifalari bor</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>Ochiq vazifalari yoʻq</translation>
    </message>
    <message>
        <source>No contact for {days} days</source>
        <translation>{days} kundan beri aloqa yoʻq</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>Savatda</translation>
    </message>
    <message>
        <source>Priority: {name}</source>
        <translation>Muhimlik: {name}</translation>
    </message>
    <message>
        <source>Status: {names}</source>
        <translation>Holati: {names}</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <extracomment>The line the contact&apos;s name is written in, below the notes. The file is read by other people&apos;s apps, so the UI may pass it translated.</extracomment>
        <translation>Kontakt: {name}</translation>
    </message>
    <message>
        <source>From {moment}</source>
        <translation>{moment} dan boshlab</translation>
    </message>
    <message>
        <source>Before {moment}</source>
        <translation>{moment} gacha</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}.</source>
        <extracomment>The export formats, by file suffix. The write buffer of export files. Each write to a file releases the GIL, and a worker that does so every millisecond starves the GUI thread (see xlsx_writer._buffer_rows); 1 MiB means a few writes a second. Data rows a workbook sheet holds below its header (Excel&apos;s limit).</extracomment>
        <translation>“{path}” faylini yozib boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” is not a file Rapport can write. Name it .xlsx, .csv or .vcf.</source>
        <translation>“{name}” — Rapport yoza oladigan fayl turi emas. Faylni .xlsx, .csv yoki .vcf kengaytmasi bilan nomlang.</translation>
    </message>
    <message>
        <source>vCard files hold contacts only. Choose .xlsx or .csv for this export.</source>
        <translation>vCard fayllarida faqat kontaktlar saqlanadi. Bu eksport uchun .xlsx yoki .csv formatini tanlang.</translation>
    </message>
    <message>
        <source>{count} rows are more than a workbook holds ({limit}). Export them as .csv.</source>
        <translation>{count} ta qator ishchi kitobga sigʻadigan miqdordan ({limit}) koʻp. Ularni .csv sifatida eksport qiling.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Eksport bekor qilindi.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ishchi kitobi (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, vergul bilan ajratilgan (*.csv)</translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation>vCard manzillar kitobi (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Pipeline: {name}</source>
        <translation>Savdo voronkasi: {name}</translation>
    </message>
    <message>
        <source>Close date from {date}</source>
        <translation>Yopilish sanasi {date} dan boshlab</translation>
    </message>
    <message>
        <source>Close date until {date}</source>
        <translation>Yopilish sanasi {date} gacha</translation>
    </message>
    <message>
        <source>Won or lost from {date}</source>
        <translation>{date} dan boshlab yopilgan (muvaffaqiyatli yoki muvaffaqiyatsiz)</translation>
    </message>
    <message>
        <source>{pipeline} deals</source>
        <translation>{pipeline} bitimlari</translation>
    </message>
    <message>
        <source>List: {name}</source>
        <extracomment>The About sheet&apos;s line naming the list (the &quot;Export&quot; context, as every line there).</extracomment>
        <translation>Roʻyxat: {name}</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Cancel</source>
        <extracomment>run(session, path, fmt=..., progress=..., cancel=..., translate=...) -&gt; ExportResult The ExportResult, or None when it failed or was cancelled.</extracomment>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} yozilmoqda…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport bekor qilindi; hech qanday fayl yozilmadi.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport qilib boʻlmadi</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Hech narsa eksport qilinmadi: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}</source>
        <translation>
            <numerusform>%n ta kontakt eksport qilindi: {path}</numerusform>
            <numerusform>%n ta kontakt eksport qilindi: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n company(ies) to {path}</source>
        <translation>
            <numerusform>%n ta kompaniya eksport qilindi: {path}</numerusform>
            <numerusform>%n ta kompaniya eksport qilindi: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to {path}</source>
        <translation>
            <numerusform>%n ta vazifa eksport qilindi: {path}</numerusform>
            <numerusform>%n ta vazifa eksport qilindi: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to {path}</source>
        <translation>
            <numerusform>%n ta bitim eksport qilindi: {path}</numerusform>
            <numerusform>%n ta bitim eksport qilindi: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interaction(s) to {path}</source>
        <translation>
            <numerusform>%n ta muloqot eksport qilindi: {path}</numerusform>
            <numerusform>%n ta muloqot eksport qilindi: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Rapport reads the file&apos;s header and first rows.</source>
        <translation>Rapport faylning sarlavha qatorini va dastlabki qatorlarini oʻqiydi.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <source>&amp;Import as:</source>
        <translation>&amp;Import turi:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Turi:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Varaq:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodlash:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Ajratgich:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Ustunlar:</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} oʻqilmoqda…</translation>
    </message>
</context>
<context>
    <name>FollowUpAsk</name>
    <message>
        <source>Create follow-ups</source>
        <translation>Qayta bogʻlanish vazifalarini yaratish</translation>
    </message>
    <message numerus="yes">
        <source>A follow-up task for each of the %n contact(s) of this list, assigned to the contact’s owner.</source>
        <translation>
            <numerusform>Bu roʻyxatdagi %n ta kontaktning har biri uchun qayta bogʻlanish vazifasi; vazifa kontaktning masʼuliga biriktiriladi.</numerusform>
            <numerusform>Bu roʻyxatdagi %n ta kontaktning har biri uchun qayta bogʻlanish vazifasi; vazifa kontaktning masʼuliga biriktiriladi.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Muddat:</translation>
    </message>
    <message numerus="yes">
        <source>Create %n task(s)</source>
        <translation>
            <numerusform>%n ta vazifa yaratish</numerusform>
            <numerusform>%n ta vazifa yaratish</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Weighted value of open deals, by expected close</source>
        <translation>Ochiq bitimlarning vaznli summasi, kutilgan yopilish oyi boʻyicha</translation>
    </message>
    <message>
        <source>Won value, by close month</source>
        <translation>Muvaffaqiyatli bitimlar summasi, yopilgan oy boʻyicha</translation>
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
        <translation>Valyuta:</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Grafikni PNG sifatida saqlash…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Excelga eksport qilish…</translation>
    </message>
    <message>
        <source>Loading the forecast…</source>
        <translation>Prognoz yuklanmoqda…</translation>
    </message>
    <message>
        <source>No deals in this pipeline yet</source>
        <translation>Bu savdo voronkasida hali bitimlar yoʻq</translation>
    </message>
    <message>
        <source>Add deals on the board. Here you will then see the weighted value of the open deals by the month they are expected to close, the won value by month, how deals move from stage to stage, how long they stay in each, and which sources win.</source>
        <translation>Doskaga bitimlar qoʻshing. Shunda bu yerda ochiq bitimlarning kutilgan yopilish oylari boʻyicha vaznli summasi, oylar boʻyicha muvaffaqiyatli bitimlar summasi, bitimlar bosqichdan bosqichga qanday oʻtishi, har bir bosqichda qancha turishi va qaysi manbalar muvaffaqiyat keltirishini koʻrasiz.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bosqich</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Yetib kelgan</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversiya</translation>
    </message>
    <message>
        <source>Finished visits</source>
        <translation>Chiqishlar soni</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>Oʻrtacha kun</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Muvaffaqiyatli</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Muvaffaqiyatsiz</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Muvaffaqiyat ulushi</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Muvaffaqiyatli bitimning oʻrtacha summasi</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>Bosqichlar konversiyasi</translation>
    </message>
    <message>
        <source>Deals that reached each stage, and the share of them that reached the next.</source>
        <translation>Har bir bosqichga yetib kelgan bitimlar va ulardan keyingi bosqichga oʻtganlari ulushi.</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Bosqichdagi vaqt</translation>
    </message>
    <message>
        <source>Mean days of the visits that have ended.</source>
        <translation>Bitimlar bosqichda oʻrtacha necha kun turgani (bosqichdan chiqqanlari boʻyicha).</translation>
    </message>
    <message>
        <source>Acquisition sources</source>
        <translation>Jalb qilish manbalari</translation>
    </message>
    <message>
        <source>Won and lost deals by source; the average counts the won deals.</source>
        <translation>Manbalar boʻyicha muvaffaqiyatli va muvaffaqiyatsiz bitimlar; oʻrtacha summa muvaffaqiyatli bitimlar boʻyicha hisoblanadi.</translation>
    </message>
    <message>
        <source>Money figures count the deals in {currency}; counts take every deal.</source>
        <translation>Pul koʻrsatkichlari {currency} valyutasidagi bitimlar boʻyicha hisoblanadi; sonlar esa barcha bitimlarni oʻz ichiga oladi.</translation>
    </message>
    <message>
        <source>Open deals with no expected close, weighted: {amount} (not in the chart).</source>
        <translation>Kutilgan yopilish sanasi yoʻq ochiq bitimlar, vaznli summa: {amount} (grafikda koʻrsatilmagan).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoʻq)</translation>
    </message>
    <message>
        <source>The forecast could not be read: {reason}</source>
        <translation>Prognozni oʻqib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>{pipeline} forecast</source>
        <translation>{pipeline} prognozi</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excelga eksport qilish</translation>
    </message>
    <message>
        <source>Exporting the forecast…</source>
        <translation>Prognoz eksport qilinmoqda…</translation>
    </message>
    <message>
        <source>Exported the forecast to {path}</source>
        <translation>Prognoz eksport qilindi: {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport qilib boʻlmadi</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Hech narsa eksport qilinmadi: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Stage</source>
        <translation>Bosqich</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Kirgan</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Chiqqan</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Kun</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>hali shu bosqichda</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Line {line} of {name} cannot be read as CSV: {reason}.</source>
        <translation>{name} faylining {line}-qatorini CSV sifatida oʻqib boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate columns: choose one character, not a quote.</source>
        <translation>“{delimiter}” ustunlarni ajrata olmaydi: qoʻshtirnoq emas, bitta belgi tanlang.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} boʻsh.</translation>
    </message>
    <message>
        <source>The text encoding was guessed; if letters look wrong, choose another one.</source>
        <extracomment>Mess ratios this close count as a tie: on a few lines of Polish the detector gives the right code page 0.2 and the wrong one 0; a wrong alphabet scores 0.3-1.5.</extracomment>
        <translation>Matn kodlashi taxminan aniqlandi; harflar notoʻgʻri koʻrinsa, boshqa kodlashni tanlang.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>{name} matn fayli emas (unda ikkilik maʼlumotlar bor).</translation>
    </message>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>“{encoding}” — maʼlum matn kodlashi emas.</translation>
    </message>
    <message>
        <source>Some rows have more cells than the header row; the extra cells were ignored.</source>
        <extracomment>Non-empty rows examined for the header. Rows read ahead below the header to learn which columns hold data. Empty columns allowed between unnamed columns of data past the header. A header label is at most this long; longer text is data (a note, an address). Shown in the preview (translated there) when some row is wider than the header.</extracomment>
        <translation>Baʼzi qatorlarda sarlavha qatoridagidan koʻproq katak bor; ortiqcha kataklar eʼtiborga olinmadi.</translation>
    </message>
    <message>
        <source>There is no import number {id}.</source>
        <translation>{id}-raqamli import mavjud emas.</translation>
    </message>
    <message>
        <source>Import {id} was already undone on {when}.</source>
        <translation>{id}-import allaqachon bekor qilingan ({when}).</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows below it.</source>
        <translation>{name} faylida sarlavha qatori bor, lekin uning ostida qatorlar yoʻq.</translation>
    </message>
    <message>
        <source>The mapping has {mapped} columns but the file has {columns}.</source>
        <translation>Moslashtirishda {mapped} ta ustun bor, faylda esa {columns} ta.</translation>
    </message>
    <message>
        <source>{name} was not found (moved or deleted?).</source>
        <translation>{name} topilmadi (koʻchirilgan yoki oʻchirilganmi?).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} fayl emas, jild.</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Excel 97-2003 (.xls) workbook; remove the password or save it as .xlsx, then import it again.</source>
        <translation>{name} parol bilan himoyalangan yoki eski Excel 97-2003 (.xls) ishchi kitobi; parolni olib tashlang yoki uni .xlsx sifatida saqlang, soʻng qayta import qiling.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook but a text file; if it is CSV, rename it .csv.</source>
        <translation>{name} Excel ishchi kitobi emas, balki matn fayli; agar u CSV boʻlsa, kengaytmasini .csv ga oʻzgartiring.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>{name} Excel ishchi kitobi (.xlsx) emas yoki u shikastlangan.</translation>
    </message>
    <message>
        <source>{name} has no data.</source>
        <translation>{name} faylida maʼlumot yoʻq.</translation>
    </message>
    <message>
        <source>The file contained NUL characters; they were removed.</source>
        <translation>Faylda NUL belgilari bor edi; ular olib tashlandi.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not valid {encoding} text; choose another encoding.</source>
        <translation>{name} faylining {line}-qatori yaroqli {encoding} matni emas; boshqa kodlashni tanlang.</translation>
    </message>
    <message>
        <source>Line {line} of {name} is too long to be a line of text.</source>
        <translation>{name} faylining {line}-qatori matn qatori boʻlishi uchun juda uzun.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} faylini oʻqib boʻlmaydi: {reason}</translation>
    </message>
    <message>
        <source>{name} could not be read to the end (line {line}): {reason}</source>
        <translation>{name} faylini oxirigacha oʻqib boʻlmadi ({line}-qator): {reason}</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not a vCard property (broken line folding?).</source>
        <translation>{name} faylining {line}-qatori vCard xususiyati emas (qatorlarni koʻchirish buzilganmi?).</translation>
    </message>
    <message>
        <source>The card that begins on line {line} of {name} never ends (END:VCARD missing).</source>
        <translation>{name} faylining {line}-qatorida boshlangan kartochka tugallanmagan (END:VCARD yoʻq).</translation>
    </message>
    <message>
        <source>{name} contains no vCards.</source>
        <translation>{name} faylida birorta ham vCard yoʻq.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a complete Excel workbook.</source>
        <translation>{name} shikastlangan yoki toʻliq Excel ishchi kitobi emas.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx).</source>
        <translation>{name} Excel ishchi kitobi (.xlsx) emas.</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet; save it as .xlsx or .csv first.</source>
        <translation>{name} — OpenDocument elektron jadvali; avval uni .xlsx yoki .csv sifatida saqlang.</translation>
    </message>
    <message>
        <source>{name} contains XML that is not safe to read (entity declarations).</source>
        <translation>{name} faylida oʻqish xavfli boʻlgan XML bor (entity eʼlonlari).</translation>
    </message>
    <message>
        <source>{name} is password-protected.</source>
        <translation>{name} parol bilan himoyalangan.</translation>
    </message>
    <message>
        <source>{name} has no data: every sheet is empty.</source>
        <translation>{name} faylida maʼlumot yoʻq: barcha varaqlar boʻsh.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>{name} faylidagi “{sheet}” varagʻi boʻsh.</translation>
    </message>
    <message>
        <source>{name} is an Excel binary workbook (.xlsb); save it as .xlsx first.</source>
        <translation>{name} — Excel ikkilik ishchi kitobi (.xlsb); avval uni .xlsx sifatida saqlang.</translation>
    </message>
    <message>
        <source>{name} has no sheet named “{sheet}”.</source>
        <translation>{name} faylida “{sheet}” nomli varaq yoʻq.</translation>
    </message>
    <message>
        <source>“{sheet}” in {name} is a chart, not a sheet of cells.</source>
        <translation>{name} faylidagi “{sheet}” kataklar varagʻi emas, diagramma.</translation>
    </message>
    <message>
        <source>{name} could not be read to the end (row {row}): {reason}</source>
        <extracomment>Bytes of memory calamine may use for one sheet, as estimated from its extent: an import stays under 300 MB resident whatever the file (measured: 266 MB for 100,000 rows of 12 columns, estimated at 98 MB), and a bigger sheet streams through openpyxl (40-65 MB, whatever its size) at a fifth of the speed. Per cell of the dense grid calamine builds (measured: 12.6 M cells, ~380 MB).</extracomment>
        <translation>{name} faylini oxirigacha oʻqib boʻlmadi ({row}-qator): {reason}</translation>
    </message>
    <message>
        <source>No column is mapped to a field. Map at least a name column.</source>
        <translation>Hech bir ustun maydonga moslashtirilmagan. Kamida ism ustunini moslashtiring.</translation>
    </message>
    <message>
        <source>“{value}” is not a task status. Use one of: {choices}.</source>
        <translation>“{value}” vazifa holati emas. Quyidagilardan birini ishlating: {choices}.</translation>
    </message>
    <message>
        <source>The row names no contact: give the contact&apos;s email address or name.</source>
        <translation>Qatorda kontakt koʻrsatilmagan: kontaktning elektron pochtasini yoki ismini kiriting.</translation>
    </message>
    <message>
        <source>No contact has the email address “{value}”.</source>
        <translation>“{value}” elektron pochtasiga ega kontakt yoʻq.</translation>
    </message>
    <message>
        <source>No contact is named “{value}”.</source>
        <translation>“{value}” nomli kontakt yoʻq.</translation>
    </message>
    <message>
        <source>{count} contacts are named “{value}”: give the email address of the one meant.</source>
        <translation>“{value}” nomli {count} ta kontakt bor: keraklisining elektron pochtasini kiriting.</translation>
    </message>
    <message>
        <source>This row has no “{column}”, which is required.</source>
        <translation>Bu qatorda majburiy “{column}” yoʻq.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” butun son emas.</translation>
    </message>
    <message>
        <source>“{value}” is too large a number.</source>
        <translation>“{value}” juda katta son.</translation>
    </message>
    <message>
        <source>“{value}” is not a value that can be stored.</source>
        <translation>“{value}” — saqlab boʻlmaydigan qiymat.</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>“{value}” na “ha”, na “yoʻq”.</translation>
    </message>
    <message>
        <source>“{value}” is not a lifecycle stage. Use one of: {choices}.</source>
        <translation>“{value}” hayotiy sikl bosqichi emas. Quyidagilardan birini ishlating: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a channel. Use one of: {choices}.</source>
        <translation>“{value}” kanal emas. Quyidagilardan birini ishlating: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a direction. Use one of: {choices}.</source>
        <translation>“{value}” yoʻnalish emas. Quyidagilardan birini ishlating: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a priority. Use one of: {choices}.</source>
        <translation>“{value}” muhimlik darajasi emas. Quyidagilardan birini ishlating: {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” cannot be read: {reason}.</source>
        <translation>“{name}” shablonini oʻqib boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” is too large to be a mapping template (over {limit} bytes).</source>
        <translation>“{name}” moslashtirish shabloni boʻlishi uchun juda katta ({limit} baytdan ortiq).</translation>
    </message>
    <message>
        <source>“{name}” is not a mapping template: it is not JSON.</source>
        <translation>“{name}” moslashtirish shabloni emas: u JSON emas.</translation>
    </message>
    <message>
        <source>“{name}” is not a Rapport mapping template ({detail}).</source>
        <translation>“{name}” Rapport moslashtirish shabloni emas ({detail}).</translation>
    </message>
    <message>
        <source>The template “{name}” was saved by a newer version of Rapport. Update Rapport to use it.</source>
        <translation>“{name}” shabloni Rapportning yangiroq versiyasida saqlangan. Undan foydalanish uchun Rapportni yangilang.</translation>
    </message>
    <message>
        <source>The template “{name}” cannot be saved: {reason}.</source>
        <translation>“{name}” shablonini saqlab boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <extracomment>What parse_value returns.</extracomment>
        <translation>“{value}” sana emas.</translation>
    </message>
    <message>
        <source>“{value}” can be read day first or month first. Choose the order of the dates.</source>
        <translation>“{value}” ni avval kun yoki avval oy deb oʻqish mumkin. Sanalarning yozilish tartibini tanlang.</translation>
    </message>
    <message>
        <source>“{value}” is not a date written day first (day/month/year).</source>
        <translation>“{value}” avval kun bilan yozilgan sana (kun/oy/yil) emas.</translation>
    </message>
    <message>
        <source>“{value}” is not a date written month first (month/day/year).</source>
        <translation>“{value}” avval oy bilan yozilgan sana (oy/kun/yil) emas.</translation>
    </message>
    <message>
        <source>“{value}” is 29 February 1900, a day that exists only in Excel. Correct the cell.</source>
        <translation>“{value}” — 1900-yil 29-fevral, bu kun faqat Excelda mavjud. Katakni tuzating.</translation>
    </message>
    <message>
        <source>“{value}” is too far in the past or the future for a date.</source>
        <translation>“{value}” sana uchun oʻtmishda yoki kelajakda juda uzoq.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}” telefon raqami emas.</translation>
    </message>
    <message>
        <source>“{value}” was stored as a number in the spreadsheet, so a leading 0 or + may have been lost. Check the number.</source>
        <translation>“{value}” elektron jadvalda son sifatida saqlangan, shuning uchun boshidagi 0 yoki + yoʻqolgan boʻlishi mumkin. Raqamni tekshiring.</translation>
    </message>
    <message>
        <source>“{value}” is in scientific notation and has lost its last digits. Format the column as text in the spreadsheet and import again.</source>
        <translation>“{value}” ilmiy yozuvda (eksponensial formatda) va oxirgi raqamlari yoʻqolgan. Elektron jadvalda ustunni matn formatiga oʻtkazing va qaytadan import qiling.</translation>
    </message>
    <message>
        <source>The rows of order “{order}” give different values of “{column}”: “{first}” and “{other}”.</source>
        <translation>“{order}” buyurtmasining qatorlarida “{column}” qiymatlari turlicha: “{first}” va “{other}”.</translation>
    </message>
    <message>
        <source>Order “{order}” appears earlier in the file, with other rows between: keep the rows of an order together.</source>
        <translation>“{order}” buyurtmasi faylda oldinroq ham uchraydi va oraliqda boshqa qatorlar bor: bitta buyurtmaning qatorlarini ketma-ket joylashtiring.</translation>
    </message>
    <message>
        <source>Order “{order}” was not imported: another of its rows has a problem (row {rows}).</source>
        <translation>“{order}” buyurtmasi import qilinmadi: uning boshqa qatorida muammo bor (qator: {rows}).</translation>
    </message>
    <message>
        <source>This row has a quantity or price but no product or SKU.</source>
        <translation>Bu qatorda miqdor yoki narx bor, lekin mahsulot yoki SKU yoʻq.</translation>
    </message>
    <message>
        <source>“{value}” is not a quantity: give a whole number from 1 to 1,000,000.</source>
        <translation>“{value}” miqdor emas: 1 dan 1 000 000 gacha butun son kiriting.</translation>
    </message>
    <message>
        <source>“{value}” is in {found}, but the purchase is in {currency}.</source>
        <translation>“{value}” {found} valyutasida, xarid esa {currency} valyutasida.</translation>
    </message>
    <message>
        <source>The row names no customer: give the contact&apos;s email address, phone or name.</source>
        <translation>Qatorda mijoz koʻrsatilmagan: kontaktning elektron pochtasini, telefonini yoki ismini kiriting.</translation>
    </message>
    <message>
        <source>No contact has the phone number “{value}”.</source>
        <translation>“{value}” telefon raqamiga ega kontakt yoʻq.</translation>
    </message>
    <message>
        <source>{count} contacts have the email address “{value}”: give the phone number of the one meant.</source>
        <translation>{count} ta kontaktda “{value}” elektron pochtasi bor: keraklisining telefon raqamini kiriting.</translation>
    </message>
    <message>
        <source>{count} contacts have the phone number “{value}”: give the email address of the one meant.</source>
        <translation>{count} ta kontaktda “{value}” telefon raqami bor: keraklisining elektron pochtasini kiriting.</translation>
    </message>
    <message>
        <source>{count} contacts are named “{value}”: give the email address or phone of the one meant.</source>
        <translation>{count} ta kontaktning ismi “{value}”: keraklisining elektron pochtasini yoki telefonini kiriting.</translation>
    </message>
    <message>
        <source>“{value}” is not a sales channel. Use one of: {choices}.</source>
        <translation>“{value}” savdo kanali emas. Quyidagilardan birini ishlating: {choices}.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Rapport ID</source>
        <extracomment>How an export heads a custom field&apos;s column (&quot;Custom: Shoe size&quot;); the import mapping reads such a column back into that custom field. The English column header (exports write it; the wizard translates it). The value&apos;s kind, for parsing and for typed export cells: text, email, phone, date, datetime, bool, int, tags, stage, channel, direction.</extracomment>
        <translation>Rapport ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Toʻliq ism</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familiya</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Elektron pochta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kompaniya</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Lavozim</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Koʻcha</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Shahar</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Viloyat</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pochta indeksi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Tugʻilgan kun</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Bitim</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bosqich</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Ehtimol, %</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Vaznli summa</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Kutilgan yopilish</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Yopilgan sana</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Muvaffaqiyatsizlik sababi</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Hayotiy sikl bosqichi</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing roziligi</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Rozilik sanasi</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Rozilik manbai</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qaydlar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Yaratilgan sana</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Soha</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontaktning elektron pochtasi</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontaktning telefoni</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Buyurtma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jami summa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Mahsulot</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miqdor</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Birlik narxi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Yoʻnalish</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vazifa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Muddat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Muhimlik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>Contact files ({patterns})</source>
        <extracomment>The file suffixes an import reads (the readers&apos; formats). Rows read ahead: the preview shows the first PREVIEW_ROWS, the date order is guessed from all of them (as the importer does from its first rows).</extracomment>
        <translation>Kontakt fayllari ({patterns})</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel ishchi kitoblari (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt)</source>
        <translation>CSV va matn fayllari (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard fayllari (*.vcf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontaktlarni import qilish</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ishchi kitobi</translation>
    </message>
    <message>
        <source>Text file with columns (CSV)</source>
        <translation>Ustunli matn fayli (CSV)</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>vCard fayli</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>What a file can be imported as, in the order the wizard offers them.</extracomment>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Kompaniyalar</translation>
    </message>
    <message>
        <source>Interactions (calls, emails, meetings…)</source>
        <translation>Muloqotlar (qoʻngʻiroqlar, xatlar, uchrashuvlar…)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Vazifalar</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Xaridlar</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Import tarixi</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>Bu importni &amp;bekor qilish…</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Hali hech narsa import qilinmagan.</translation>
    </message>
    <message>
        <source>Undo the import of “{file}” ({when})?</source>
        <translation>“{file}” importi ({when}) bekor qilinsinmi?</translation>
    </message>
    <message>
        <source>Companies it created, which will be removed: {count}</source>
        <translation>U yaratgan va oʻchiriladigan kompaniyalar: {count}</translation>
    </message>
    <message>
        <source>Companies it updated, which will be put back as they were: {count}</source>
        <translation>U oʻzgartirgan va avvalgi holiga qaytariladigan kompaniyalar: {count}</translation>
    </message>
    <message>
        <source>Interactions it added, which will be removed: {count}</source>
        <translation>U qoʻshgan va oʻchiriladigan muloqotlar: {count}</translation>
    </message>
    <message>
        <source>Tasks it added, which will be removed: {count}</source>
        <translation>U qoʻshgan va oʻchiriladigan vazifalar: {count}</translation>
    </message>
    <message>
        <source>Purchases it added, which will be removed (with the points they earned): {count}</source>
        <translation>U qoʻshgan va oʻchiriladigan xaridlar (ular keltirgan ballar bilan birga): {count}</translation>
    </message>
    <message>
        <source>Contacts it created, which will be removed: {count}</source>
        <translation>Import yaratgan va olib tashlanadigan kontaktlar: {count}</translation>
    </message>
    <message>
        <source>Contacts it updated, which will be put back as they were: {count}</source>
        <translation>Import yangilagan va avvalgi holatiga qaytariladigan kontaktlar: {count}</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Importni bekor qilish</translation>
    </message>
    <message>
        <source>Undoing the import of “{file}”…</source>
        <translation>“{file}” importi bekor qilinmoqda…</translation>
    </message>
    <message>
        <source>Undone. Companies removed: {removed}. Companies put back as they were: {restored}.</source>
        <translation>Bekor qilindi. Oʻchirilgan kompaniyalar: {removed}. Avvalgi holiga qaytarilgan kompaniyalar: {restored}.</translation>
    </message>
    <message>
        <source>Undone. Interactions removed: {count}.</source>
        <translation>Bekor qilindi. Oʻchirilgan muloqotlar: {count}.</translation>
    </message>
    <message>
        <source>Undone. Tasks removed: {count}.</source>
        <translation>Bekor qilindi. Oʻchirilgan vazifalar: {count}.</translation>
    </message>
    <message>
        <source>Undone. Purchases removed: {count}.</source>
        <translation>Bekor qilindi. Oʻchirilgan xaridlar: {count}.</translation>
    </message>
    <message>
        <source>Undone. Contacts removed: {removed}. Contacts put back as they were: {restored}.</source>
        <translation>Bekor qilindi. Olib tashlangan kontaktlar: {removed}. Avvalgi holatiga qaytarilgan kontaktlar: {restored}.</translation>
    </message>
    <message>
        <source>The import could not be undone: {reason}</source>
        <translation>Importni bekor qilib boʻlmadi: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Any file (by column names)</source>
        <translation>Istalgan fayl (ustun nomlari boʻyicha)</translation>
    </message>
    <message>
        <source>Custom field “{name}”</source>
        <translation>“{name}” qoʻshimcha maydoni</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Yes</source>
        <extracomment>Fields whose values are stored keys (&quot;call&quot;, &quot;outbound&quot;), shown by their labels.</extracomment>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Muammolar</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Comma</source>
        <translation>Vergul</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Nuqtali vergul</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulyatsiya</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Vertikal chiziq</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontaktlarni import qilish</translation>
    </message>
    <message>
        <source>Import Companies</source>
        <translation>Kompaniyalarni import qilish</translation>
    </message>
    <message>
        <source>Import Interactions</source>
        <translation>Muloqotlarni import qilish</translation>
    </message>
    <message>
        <source>Import Tasks</source>
        <translation>Vazifalarni import qilish</translation>
    </message>
    <message>
        <source>Import Purchases</source>
        <translation>Xaridlarni import qilish</translation>
    </message>
</context>
<context>
    <name>IoSection</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>Kontaktlarni &amp;import qilish…</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm), CSV (.csv, .tsv, .txt) or vCard (.vcf) files. You can also drop a file on the window.</source>
        <translation>Excel (.xlsx, .xlsm), CSV (.csv, .tsv, .txt) yoki vCard (.vcf) fayllari. Faylni oynaga sudrab tashlashingiz ham mumkin.</translation>
    </message>
    <message>
        <source>Import &amp;History</source>
        <translation>Import &amp;tarixi</translation>
    </message>
    <message>
        <source>Every import, and undoing one as a whole</source>
        <translation>Barcha importlar va istalganini toʻliq bekor qilish</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Soʻnggi importlar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Hali hech narsa import qilinmagan.</translation>
    </message>
    <message>
        <source>To export, use the export button of the list you want to take out (Export… in Contacts and on a company&apos;s page, Export to Spreadsheet… in Tasks): it writes what the list shows, with its filters.</source>
        <translation>Eksport qilish uchun kerakli roʻyxatning eksport tugmasidan foydalaning (“Kontaktlar” boʻlimida va kompaniya sahifasida “Eksport qilish…”, “Vazifalar” boʻlimida “Elektron jadvalga eksport qilish…”): u roʻyxatda koʻrsatilgan maʼlumotlarni uning filtrlari bilan birga faylga yozadi.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Subscriber</source>
        <translation>Obunachi</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potensial mijoz</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Mijoz</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Targʻibotchi</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Sobiq mijoz</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Tavsiya</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Oʻzi kelgan</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Sovuq qoʻngʻiroq</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Ijtimoiy tarmoqlar</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reklama</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Hamkor</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yuqori</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Oddiy</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Qoʻngʻiroq</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Elektron pochta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Uchrashuv</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Tashrif</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Xat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qayd</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Chiquvchi</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Kiruvchi</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Ichki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochiq</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Muvaffaqiyatli</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Muvaffaqiyatsiz</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Ochiq vazifa</translation>
    </message>
    <message>
        <source>Done task</source>
        <translation>Bajarilgan vazifa</translation>
    </message>
    <message>
        <source>Cancelled task</source>
        <translation>Bekor qilingan vazifa</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Doʻkon</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Boshqa</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Day</source>
        <translation>Kun</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Ballar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Xarid</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Bekor qilingan</translation>
    </message>
</context>
<context>
    <name>LinkFiguresModel</name>
    <message>
        <source>Show these contacts</source>
        <extracomment>A count&apos;s list and the title of its dialog.</extracomment>
        <translation>Bu kontaktlarni koʻrsatish</translation>
    </message>
</context>
<context>
    <name>LostReasonsTab</name>
    <message>
        <source>A&amp;dd Reason…</source>
        <extracomment>The dialog&apos;s way of running one user action: (succeeded, what the service returned).</extracomment>
        <translation>Sabab &amp;qoʻshish…</translation>
    </message>
    <message>
        <source>&amp;Rename Reason…</source>
        <translation>Sababni qayta &amp;nomlash…</translation>
    </message>
    <message>
        <source>Re&amp;move Reason…</source>
        <translation>Sababni &amp;olib tashlash…</translation>
    </message>
    <message>
        <source>The reasons offered when a deal is lost. Removing one hides it from the list; deals lost for it keep it.</source>
        <translation>Bitim muvaffaqiyatsiz yopilganda taklif qilinadigan sabablar. Olib tashlangan sabab roʻyxatdan yashiriladi; shu sabab bilan yopilgan bitimlarda u saqlanib qoladi.</translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation>Muvaffaqiyatsizlik sababini qoʻshish</translation>
    </message>
    <message>
        <source>A reason a deal can be lost:</source>
        <translation>Bitim muvaffaqiyatsiz yopilishi sababi:</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>Sababni qayta nomlash</translation>
    </message>
    <message>
        <source>New name of the reason:</source>
        <translation>Sababning yangi nomi:</translation>
    </message>
    <message>
        <source>Remove Lost Reason</source>
        <translation>Sababni olib tashlash</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list? Deals lost for this reason keep it.</source>
        <translation>“{name}” roʻyxatdan olib tashlansinmi? Shu sabab bilan yopilgan bitimlarda u saqlanib qoladi.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
</context>
<context>
    <name>Loyalty</name>
    <message>
        <source>Rewards</source>
        <translation>Mukofotlar</translation>
    </message>
    <message>
        <source>Bronze</source>
        <extracomment>The first-run tiers: name, threshold in major units of spend, discount %, benefits.</extracomment>
        <translation>Bronza</translation>
    </message>
    <message>
        <source>Points on every purchase.</source>
        <translation>Har bir xarid uchun ballar.</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Kumush</translation>
    </message>
    <message>
        <source>5% off every purchase.</source>
        <translation>Har bir xaridga 5% chegirma.</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oltin</translation>
    </message>
    <message>
        <source>10% off every purchase and early access to sales.</source>
        <translation>Har bir xaridga 10% chegirma va aksiyalardan oldinroq foydalanish.</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platina</translation>
    </message>
    <message>
        <source>15% off every purchase, early access and a personal adviser.</source>
        <translation>Har bir xaridga 15% chegirma, aksiyalardan oldinroq foydalanish va shaxsiy maslahatchi.</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potensial mijoz</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Faol</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>Oʻsayotgan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Xavf ostida</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Ketib qolgan</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Qayta faollashgan</translation>
    </message>
    <message>
        <source>Never bought.</source>
        <translation>Hali xarid qilmagan.</translation>
    </message>
    <message>
        <source>First purchase recently: acquisition.</source>
        <translation>Yaqinda birinchi xaridini qilgan: jalb qilish.</translation>
    </message>
    <message>
        <source>Bought again within their usual interval: retention.</source>
        <translation>Odatdagi oraliqda yana xarid qilgan: saqlab qolish.</translation>
    </message>
    <message>
        <source>Spending more than in the year before: expansion.</source>
        <translation>Oldingi yilga qaraganda koʻproq xarid qilmoqda: oʻsish.</translation>
    </message>
    <message>
        <source>Overdue for their next purchase.</source>
        <translation>Navbatdagi xarid vaqti oʻtib ketgan.</translation>
    </message>
    <message>
        <source>No purchase for a long time: reactivation candidates.</source>
        <translation>Uzoq vaqtdan beri xarid yoʻq: qayta faollashtirish uchun nomzodlar.</translation>
    </message>
    <message>
        <source>Bought again after being lapsed.</source>
        <translation>Ketib qolganidan keyin yana xarid qilgan.</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Chempionlar</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Sodiq mijozlar</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potensial sodiq mijozlar</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Yangi mijozlar</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Eʼtibor talab qiladiganlar</translation>
    </message>
    <message>
        <source>Can’t lose them</source>
        <translation>Yoʻqotib boʻlmaydiganlar</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Uyquga ketganlar</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Yoʻqotilganlar</translation>
    </message>
</context>
<context>
    <name>LoyaltyBlock</name>
    <message>
        <source>Leave Programme</source>
        <translation>Dasturdan chiqarish</translation>
    </message>
    <message>
        <source>End the membership of {name}? Their points stay in the ledger but cannot be redeemed until they enroll again.</source>
        <translation>{name} aʼzoligi tugatilsinmi? Ballari ballar tarixida qoladi, lekin qayta aʼzo boʻlmaguncha ularni sarflab boʻlmaydi.</translation>
    </message>
    <message>
        <source>Tier changes, newest first</source>
        <translation>Daraja oʻzgarishlari, eng yangilari birinchi</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>Sarflash…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Tuzatish…</translation>
    </message>
    <message>
        <source>Points &amp;History…</source>
        <translation>Ballar &amp;tarixi…</translation>
    </message>
    <message>
        <source>Enroll in loyalty programme</source>
        <translation>Sodiqlik dasturiga aʼzo qilish</translation>
    </message>
    <message>
        <source>Leave Programme…</source>
        <translation>Dasturdan chiqarish…</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Sodiqlik</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Xaridlar</translation>
    </message>
    <message numerus="yes">
        <source>Purchases (%Ln)</source>
        <translation>
            <numerusform>Xaridlar (%Ln)</numerusform>
            <numerusform>Xaridlar (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is not a member of {programme}.</source>
        <translation>{name} {programme} dasturi aʼzosi emas.</translation>
    </message>
    <message>
        <source>{tier} · {discount}% discount</source>
        <translation>{tier} · {discount}% chegirma</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>Hali daraja yoʻq</translation>
    </message>
    <message>
        <source>Tier not computed yet</source>
        <translation>Daraja hali hisoblanmagan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln ball</numerusform>
            <numerusform>%Ln ball</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} · member since {date}</source>
        <translation>{points} · {date} dan beri aʼzo</translation>
    </message>
    <message>
        <source>Spent in 12 months: {amount}</source>
        <translation>12 oydagi xaridlar summasi: {amount}</translation>
    </message>
    <message>
        <source>Top tier reached</source>
        <translation>Eng yuqori darajaga erishildi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) to {tier}</source>
        <translation>
            <numerusform>{tier} darajasigacha %Ln ball</numerusform>
            <numerusform>{tier} darajasigacha %Ln ball</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} to {tier}</source>
        <translation>{tier} darajasigacha {amount}</translation>
    </message>
    <message>
        <source>{date}: no tier (was {previous})</source>
        <translation>{date}: darajasiz (avval {previous})</translation>
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
        <translation>Holati</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Mijozlar</translation>
    </message>
    <message>
        <source>Moved in this month</source>
        <translation>Shu oy kirgan</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Chiqqan</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Daromad</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Oʻrtacha buyurtma</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aʼzolar</translation>
    </message>
    <message>
        <source>Repeat purchase</source>
        <translation>Takroriy xarid</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>Daromad, 12 oy</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Xaridorlar</translation>
    </message>
    <message>
        <source>Per buyer</source>
        <translation>Bir xaridorga</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Ballar</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Oxirgi 12 oy</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Butun davr</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Mukofotlar</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Hayotiy sikl</translation>
    </message>
    <message>
        <source>Where customers stand by their purchases, and who moved this month.</source>
        <translation>Xaridlariga koʻra mijozlar qaysi holatda va shu oy kim boshqa holatga oʻtgan.</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM segmentlari</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value; revenue is all their purchases.</source>
        <translation>Oxirgi xarid yaqinligi, xaridlar chastotasi va summasi; daromad — ularning barcha xaridlari.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Darajalar</translation>
    </message>
    <message>
        <source>Programme members by tier; repeat purchase: the share with two or more purchases in the last 12 months.</source>
        <translation>Darajalar boʻyicha dastur aʼzolari; takroriy xarid — oxirgi 12 oyda ikki va undan ortiq xarid qilganlar ulushi.</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Dastur hisoboti</translation>
    </message>
    <message>
        <source>Does the programme pay? Members against everyone else, and what rewards cost.</source>
        <translation>Dastur oʻzini oqlayaptimi? Aʼzolar boshqalarga nisbatan va mukofotlar qanchaga tushmoqda.</translation>
    </message>
    <message>
        <source>Win back lapsed customers…</source>
        <translation>Ketib qolgan mijozlarni qaytarish…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lapsed customer(s) have not bought for a long time: reactivation candidates. Create a follow-up for each, log a campaign, or export those who opted in for a mailing.</source>
        <translation>
            <numerusform>%Ln ta ketib qolgan mijoz uzoq vaqtdan beri xarid qilmagan: ular qayta faollashtirish uchun nomzodlar. Har biri uchun qayta bogʻlanish vazifasini yarating, kampaniyani qayd eting yoki marketingga rozi boʻlganlarni xabar yuborish uchun eksport qiling.</numerusform>
            <numerusform>%Ln ta ketib qolgan mijoz uzoq vaqtdan beri xarid qilmagan: ular qayta faollashtirish uchun nomzodlar. Har biri uchun qayta bogʻlanish vazifasini yarating, kampaniyani qayd eting yoki marketingga rozi boʻlganlarni xabar yuborish uchun eksport qiling.</numerusform>
        </translation>
    </message>
    <message>
        <source>No lapsed customers: nobody to win back right now.</source>
        <translation>Ketib qolgan mijozlar yoʻq: hozircha qaytaradigan hech kim yoʻq.</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Darajasiz</translation>
    </message>
    <message>
        <source>Members in {tier}</source>
        <translation>{tier} darajasidagi aʼzolar</translation>
    </message>
    <message>
        <source>Members with no tier</source>
        <translation>Darajasiz aʼzolar</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>Aʼzo boʻlmaganlar</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Berilgan</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Sarflangan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Muddati tugagan</translation>
    </message>
    <message>
        <source>Corrections (net)</source>
        <translation>Tuzatishlar (sof)</translation>
    </message>
    <message>
        <source>Cost of rewards</source>
        <translation>Mukofotlar narxi</translation>
    </message>
    <message>
        <source>Customers hold %1 points. Programme members: %2.</source>
        <translation>Mijozlardagi ballar: %1. Dastur aʼzolari: %2.</translation>
    </message>
    <message>
        <source>Moved into {status} in {month}</source>
        <translation>{month}: “{status}” holatiga oʻtganlar</translation>
    </message>
    <message>
        <source>Moved out of {status} in {month}</source>
        <translation>{month}: “{status}” holatidan chiqqanlar</translation>
    </message>
</context>
<context>
    <name>LoyaltySection</name>
    <message>
        <source>Purchases, points or contacts changed since: recompute to bring the figures up to date.</source>
        <extracomment>run(session, today, progress, cancel) -&gt; the recompute&apos;s result The stored figures (or the empty state) are on screen. A recompute ended (True when it stored new figures). The recompute to run (tests put a stand-in here).</extracomment>
        <translation>Shundan beri xaridlar, ballar yoki kontaktlar oʻzgardi: koʻrsatkichlarni yangilash uchun qayta hisoblang.</translation>
    </message>
    <message>
        <source>Programme settings…</source>
        <translation>Dastur sozlamalari…</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Qayta hisoblash</translation>
    </message>
    <message>
        <source>Work out every customer’s status, segment, tier and points again, and the figures shown here.</source>
        <translation>Har bir mijozning holati, segmenti, darajasi va ballarini hamda shu yerdagi koʻrsatkichlarni qayta hisoblash.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Recompute to see where your customers stand</source>
        <translation>Mijozlaringiz holatini koʻrish uchun qayta hisoblang</translation>
    </message>
    <message>
        <source>Rapport works out from their purchases who is new, active, expanding, at risk or lapsed, ranks every customer by recency, frequency and spend, places members in their tiers, and shows whether the loyalty programme pays. It takes a moment on a large history; after that this page opens at once.</source>
        <translation>Rapport xaridlar asosida kim yangi, faol, oʻsayotgan, xavf ostida yoki ketib qolganini aniqlaydi, har bir mijozni oxirgi xarid yaqinligi, xaridlar chastotasi va summasi boʻyicha baholaydi, aʼzolarni darajalarga ajratadi va sodiqlik dasturi oʻzini oqlayotganini koʻrsatadi. Katta tarixda bu biroz vaqt oladi; shundan keyin bu sahifa darhol ochiladi.</translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation>Hozir qayta hisoblash</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>Hali hisoblanmagan</translation>
    </message>
    <message>
        <source>Computed on {date}; the last 12 months run from {start}.</source>
        <translation>Hisoblangan sana: {date}; oxirgi 12 oy {start} dan boshlanadi.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bekor qilinmoqda…</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Qayta hisoblanmoqda…</translation>
    </message>
    <message>
        <source>Recomputing… step %1 of %2</source>
        <translation>Qayta hisoblanmoqda… %1/%2-qadam</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed %n customer(s).</source>
        <translation>
            <numerusform>%n ta mijoz qayta hisoblandi.</numerusform>
            <numerusform>%n ta mijoz qayta hisoblandi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed.</source>
        <translation>Qayta hisoblandi.</translation>
    </message>
    <message>
        <source>Recompute cancelled; the figures shown are the last ones stored.</source>
        <translation>Qayta hisoblash bekor qilindi; oxirgi saqlangan koʻrsatkichlar koʻrsatilmoqda.</translation>
    </message>
    <message>
        <source>Purchases or points kept being saved while the figures were recomputed, so none were stored; those shown are the last ones stored. Recompute again once the saving is done.</source>
        <translation>Qayta hisoblash paytida xaridlar yoki ballar saqlanib turdi, shuning uchun hech narsa saqlanmadi; oxirgi saqlangan koʻrsatkichlar koʻrsatilmoqda. Saqlash tugagach, yana qayta hisoblang.</translation>
    </message>
    <message>
        <source>The figures could not be recomputed; those shown are the last ones stored: {reason}</source>
        <translation>Koʻrsatkichlarni qayta hisoblab boʻlmadi; oxirgi saqlanganlari koʻrsatilmoqda: {reason}</translation>
    </message>
    <message>
        <source>Lapsed customers: win them back</source>
        <translation>Ketib qolgan mijozlar: ularni qaytaring</translation>
    </message>
    <message>
        <source>They have not bought for a long time ({status}). Create a follow-up for each (assigned to the contact’s owner), log the campaign you sent them, or export those who opted in to marketing for a mailing.</source>
        <translation>Ular uzoq vaqtdan beri xarid qilmagan ({status}). Har biri uchun qayta bogʻlanish vazifasini yarating (vazifa kontaktning masʼuliga biriktiriladi), ularga yuborgan kampaniyangizni qayd eting yoki marketingga rozi boʻlganlarni xabar yuborish uchun eksport qiling.</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsDialog</name>
    <message>
        <source>Loyalty Programme Settings</source>
        <translation>Sodiqlik dasturi sozlamalari</translation>
    </message>
    <message>
        <source>Spend in the last 12 months</source>
        <translation>Oxirgi 12 oydagi xaridlar summasi</translation>
    </message>
    <message>
        <source>Points earned in the last 12 months</source>
        <translation>Oxirgi 12 oyda toʻplangan ballar</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>Ballar amal qiladi:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> oy</translation>
    </message>
    <message>
        <source> days</source>
        <translation> kun</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dastur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nomi:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valyuta:</translation>
    </message>
    <message>
        <source>&amp;Points per unit spent:</source>
        <translation>Har bir pul birligi uchun &amp;ballar:</translation>
    </message>
    <message>
        <source>&amp;Tiers count:</source>
        <translation>Daraja &amp;mezoni:</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Amal qilish muddati:</translation>
    </message>
    <message>
        <source>Customer lifecycle</source>
        <translation>Mijoz hayotiy sikli</translation>
    </message>
    <message>
        <source>Ne&amp;w for the first:</source>
        <translation>&amp;Yangi hisoblanadi, dastlabki:</translation>
    </message>
    <message>
        <source>&amp;Lapsed after no purchase for:</source>
        <translation>&amp;Ketib qolgan hisoblanadi, xaridsiz:</translation>
    </message>
    <message>
        <source>Expan&amp;ding when 12-month spend grows by over:</source>
        <translation>&amp;Oʻsayotgan, agar 12 oylik xaridlar summasi shundan koʻp oʻssa:</translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation>Daraja &amp;qoʻshish</translation>
    </message>
    <message>
        <source>&amp;Remove Tier</source>
        <translation>Darajani oʻc&amp;hirish</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Darajalar</translation>
    </message>
    <message>
        <source>Lowest tier first; each needs more than the one before. Customers move to their new tiers at the next recompute.</source>
        <translation>Eng past daraja birinchi; har biri oldingisidan koʻproq talab qiladi. Mijozlar keyingi qayta hisoblashda yangi darajalariga oʻtadi.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>ball</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Daraja</translation>
    </message>
    <message>
        <source>From ({unit})</source>
        <translation>Chegara ({unit})</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Chegirma, %</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Imtiyozlar</translation>
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
        <translation>&amp;Yangi kontakt…</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>Yangi &amp;bitim…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>Maʼlumotlar bazasini &amp;zaxiralash…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import qilish…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import &amp;tarixi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Topish…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>Rapport &amp;haqida</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt haqida</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Tahrirlash</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Koʻrinish</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln ta muddati oʻtgan</numerusform>
            <numerusform>%Ln ta muddati oʻtgan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln ta kontakt</numerusform>
            <numerusform>%Ln ta kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Maʼlumotlar bazasi zaxiralanmoqda…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Zaxira nusxa saqlandi: {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Zaxiralab boʻlmadi</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>Zaxira nusxani yozib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Rapport haqida</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;An offline-first CRM: contacts, conversations, follow-ups, deals and loyalty, in one file on your computer.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;Internetsiz ham ishlaydigan CRM: kontaktlar, muloqotlar tarixi, eslatmalar, bitimlar va mijozlar sodiqligi — barchasi kompyuteringizdagi bitta faylda.&lt;/p&gt;&lt;p&gt;Maʼlumotlar bazasi: {database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Ustunlar</translation>
    </message>
    <message>
        <source>Choose the field each column fills. Columns set to “Ignore this column” are not imported.</source>
        <translation>Har bir ustun qaysi maydonni toʻldirishini tanlang. “Bu ustunni eʼtiborsiz qoldirish” tanlangan ustunlar import qilinmaydi.</translation>
    </message>
    <message>
        <source>&amp;Mapping from:</source>
        <translation>&amp;Moslashtirish manbai:</translation>
    </message>
    <message>
        <source>Columns matched to a field by their names: {found} of {total}.</source>
        <translation>Nomi boʻyicha maydonga moslashtirilgan ustunlar: {total} tadan {found} tasi.</translation>
    </message>
    <message>
        <source>No column name matched a field: choose them below.</source>
        <translation>Hech bir ustun nomi maydonga mos kelmadi: maydonlarni quyida tanlang.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Fayldagi ustun</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Qiymatlar</translation>
    </message>
    <message>
        <source>Field in Rapport</source>
        <translation>Rapportdagi maydon</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Bu ustunni eʼtiborsiz qoldirish</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>Qoʻshimcha maydon…</translation>
    </message>
    <message>
        <source>A custom field name has at most {limit} characters.</source>
        <translation>Qoʻshimcha maydon nomi koʻpi bilan {limit} ta belgidan iborat boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>“{field}” fills one column only: “{column}” is now ignored.</source>
        <translation>“{field}” faqat bitta ustundan toʻldiriladi: endi “{column}” ustuni eʼtiborsiz qoldiriladi.</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>Qoʻshimcha maydon</translation>
    </message>
    <message>
        <source>Name of the custom field for “{column}”:</source>
        <translation>“{column}” uchun qoʻshimcha maydon nomi:</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation>Kontaktlarni birlashtirish</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field. The interactions, tasks, tags, emails and phone numbers of both are kept on the contact that stays.</source>
        <translation>Har bir maydon uchun qaysi qiymat qolishini tanlang. Ikkala kontaktning muloqotlari, vazifalari, teglari, elektron pochtalari va telefon raqamlari qoladigan kontaktda saqlanadi.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Almashtirish</translation>
    </message>
    <message>
        <source>Keep the other contact instead</source>
        <translation>Oʻrniga boshqa kontaktni qoldirish</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birlashtirish</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <source>{name} (stays)</source>
        <translation>{name} (qoladi)</translation>
    </message>
    <message>
        <source>{name} (goes to the Trash)</source>
        <translation>{name} (savatga oʻtadi)</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Birlashtirib boʻlmaydi</translation>
    </message>
    <message>
        <source>Interactions that move: {count}</source>
        <translation>Koʻchiriladigan muloqotlar: {count}</translation>
    </message>
    <message>
        <source>Tasks that move: {count}</source>
        <translation>Koʻchiriladigan vazifalar: {count}</translation>
    </message>
    <message>
        <source>Tags added: {values}</source>
        <translation>Qoʻshiladigan teglar: {values}</translation>
    </message>
    <message>
        <source>Email addresses added: {values}</source>
        <translation>Qoʻshiladigan elektron pochta manzillari: {values}</translation>
    </message>
    <message>
        <source>Phone numbers added: {values}</source>
        <translation>Qoʻshiladigan telefon raqamlari: {values}</translation>
    </message>
    <message>
        <source>“{name}” then goes to the Trash; Edit &gt; Undo puts both back.</source>
        <translation>Soʻng “{name}” savatga oʻtadi; “Tahrirlash &gt; Undo” ikkalasini ham qaytaradi.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familiya</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Koʻrsatiladigan ism</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Lavozim</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kompaniya</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>Asosiy elektron pochta</translation>
    </message>
    <message>
        <source>Primary phone</source>
        <translation>Asosiy telefon</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Tugʻilgan kun</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Hayotiy sikl bosqichi</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing roziligi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qaydlar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Manzil</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Qoʻshimcha maydonlar</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boʻsh)</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>Marketingga rozi emas</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Marketingga rozi</translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message>
        <source>Remove Stage</source>
        <translation>Bosqichni oʻchirish</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” holds %n deal(s). Choose the stage to move them to; each move is recorded in the deal&apos;s history.</source>
        <translation>
            <numerusform>“{name}” bosqichida %n ta bitim bor. Ular koʻchiriladigan bosqichni tanlang; har bir koʻchirish bitim tarixida qayd etiladi.</numerusform>
            <numerusform>“{name}” bosqichida %n ta bitim bor. Ular koʻchiriladigan bosqichni tanlang; har bir koʻchirish bitim tarixida qayd etiladi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals in the Trash are still in “{name}”. Choose the stage to move them to; each move is recorded in the deal&apos;s history.</source>
        <translation>Savatdagi bitimlar hali ham “{name}” bosqichida. Ular koʻchiriladigan bosqichni tanlang; har bir koʻchirish bitim tarixida qayd etiladi.</translation>
    </message>
    <message>
        <source>Deals moved to a won or lost stage are closed with today&apos;s date.</source>
        <translation>Muvaffaqiyatli yoki muvaffaqiyatsiz bosqichga koʻchirilgan bitimlar bugungi sana bilan yopiladi.</translation>
    </message>
    <message>
        <source>Move and Remove</source>
        <translation>Koʻchirish va oʻchirish</translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation>&amp;Qaysi bosqichga koʻchirish:</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Sales</source>
        <translation>Savdo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Saralangan</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Taklif</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Muzokaralar</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Muvaffaqiyatli</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Muvaffaqiyatsiz</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Narx juda yuqori</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Raqobatchini tanladi</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Byudjet yoʻq</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Qaror qabul qilinmadi</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Vaqti mos kelmadi</translation>
    </message>
    <message>
        <source>Stopped answering</source>
        <translation>Javob bermay qoʻydi</translation>
    </message>
</context>
<context>
    <name>PipelineSection</name>
    <message>
        <source>Pipeline</source>
        <extracomment>With no close range chosen, the Won and Lost columns show the last this many days. A full load was shown (tests and the benchmark wait for it).</extracomment>
        <translation>Savdo voronkasi</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Doska</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jadval</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoz</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Yangi bitim…</translation>
    </message>
    <message>
        <source>New deal (Ctrl+Shift+D)</source>
        <translation>Yangi bitim (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Bosqichlar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksport qilish…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Savdo voronkasi:</translation>
    </message>
    <message>
        <source>Filter by title, contact or company</source>
        <translation>Nomi, kontakt yoki kompaniya boʻyicha filtrlash</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Masʼul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <source>Closing from</source>
        <translation>Eng erta yopilish sanasi</translation>
    </message>
    <message>
        <source>Closing until</source>
        <translation>Eng kech yopilish sanasi</translation>
    </message>
    <message>
        <source>Close:</source>
        <translation>Yopilish:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>istalgan</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yuklanmoqda…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Istalgan masʼul</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Istalgan manba</translation>
    </message>
    <message>
        <source>No open deals. Press “New deal…” to add one.</source>
        <translation>Ochiq bitimlar yoʻq. Bitim qoʻshish uchun “Yangi bitim…” tugmasini bosing.</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted value %1</source>
        <translation>
            <numerusform>%n ta ochiq bitim, vaznli summa %1</numerusform>
            <numerusform>%n ta ochiq bitim, vaznli summa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Bitimni koʻchirish</translation>
    </message>
    <message>
        <source>Deal “{title}” moved to the Trash. Undo with Ctrl+Z.</source>
        <translation>“{title}” bitimi savatga oʻtkazildi. Bekor qilish uchun Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PipelineSettings</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Bosqich</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Muvaffaqiyat ehtimoli</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsDialog</name>
    <message>
        <source>Pipeline Settings</source>
        <translation>Savdo voronkasi sozlamalari</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Bosqichlar</translation>
    </message>
    <message>
        <source>&amp;Lost Reasons</source>
        <translation>&amp;Muvaffaqiyatsizlik sabablari</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>Savdo &amp;voronkasi:</translation>
    </message>
    <message>
        <source>&amp;Add Pipeline…</source>
        <translation>Savdo voronkasi &amp;qoʻshish…</translation>
    </message>
    <message>
        <source>Re&amp;name Pipeline…</source>
        <translation>Savdo voronkasini qayta &amp;nomlash…</translation>
    </message>
    <message>
        <source>A&amp;dd Stage…</source>
        <translation>B&amp;osqich qoʻshish…</translation>
    </message>
    <message>
        <source>&amp;Rename Stage…</source>
        <translation>Bosqichni qayta nomla&amp;sh…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Yuqoriga surish</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Pastga surish</translation>
    </message>
    <message>
        <source>Re&amp;move Stage…</source>
        <translation>Bosqichni oʻ&amp;chirish…</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change a stage&apos;s name, win probability or kind.</source>
        <translation>Bosqich nomi, muvaffaqiyat ehtimoli yoki turini oʻzgartirish uchun ikki marta bosing yoki F2 tugmasini bosing.</translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation>Savdo voronkasi qoʻshish</translation>
    </message>
    <message>
        <source>Name of the new pipeline (it starts with the usual stages, to rename as you like):</source>
        <translation>Yangi savdo voronkasi nomi (unda odatiy bosqichlar boʻladi, ularni xohlagancha qayta nomlashingiz mumkin):</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>Savdo voronkasini qayta nomlash</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>Savdo voronkasining yangi nomi:</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Bosqich qoʻshish</translation>
    </message>
    <message>
        <source>Name of the new stage (it goes after the open stages; then set its win probability):</source>
        <translation>Yangi bosqich nomi (u ochiq bosqichlardan keyin qoʻshiladi; soʻng uning muvaffaqiyat ehtimolini belgilang):</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Bosqichni qayta nomlash</translation>
    </message>
    <message>
        <source>New name of the stage:</source>
        <translation>Bosqichning yangi nomi:</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Bosqichni oʻchirish</translation>
    </message>
    <message>
        <source>Remove the stage “{name}”? This cannot be undone.</source>
        <translation>“{name}” bosqichi oʻchirilsinmi? Bu amalni bekor qilib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Oʻchirish</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Redeem Points: {name}</source>
        <translation>Ballarni sarflash: {name}</translation>
    </message>
    <message>
        <source>Adjust Points: {name}</source>
        <translation>Ballarni tuzatish: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Balance: %Ln point(s)</source>
        <translation>
            <numerusform>Balans: %Ln ball</numerusform>
            <numerusform>Balans: %Ln ball</numerusform>
        </translation>
    </message>
    <message>
        <source>The reward, such as a free coffee</source>
        <translation>Mukofot, masalan, bepul kofe</translation>
    </message>
    <message>
        <source>Why, such as a birthday gift</source>
        <translation>Sabab, masalan, tugʻilgan kun sovgʻasi</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ixtiyoriy</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Ballar:</translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>&amp;Mukofot:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Sabab:</translation>
    </message>
    <message>
        <source>&amp;Cost of the reward:</source>
        <translation>Mukofot &amp;narxi:</translation>
    </message>
    <message>
        <source>Positive adds points, negative takes them away</source>
        <translation>Musbat son ball qoʻshadi, manfiy son ayiradi</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Sarflash</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Tuzatish</translation>
    </message>
</context>
<context>
    <name>PointsHistory</name>
    <message>
        <source>Earned</source>
        <translation>Topilgan</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Sarflangan</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Tuzatilgan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Bekor qilish yozuvi</translation>
    </message>
</context>
<context>
    <name>PointsHistoryDialog</name>
    <message>
        <source>Points History: {name}</source>
        <translation>Ballar tarixi: {name}</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>&amp;Bekor qilish…</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>Hozircha ballar yoʻq.</translation>
    </message>
    <message>
        <source>Reverse Entry</source>
        <translation>Yozuvni bekor qilish</translation>
    </message>
    <message>
        <source>Why is this entry of {points} points reversed?</source>
        <translation>{points} ballik bu yozuv nega bekor qilinmoqda?</translation>
    </message>
    <message>
        <source>Reversed: {points} points.</source>
        <translation>Bekor qilindi: {points} ball.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source>Same as the computer&apos;s</source>
        <translation>Tizimdagi kabi</translation>
    </message>
    <message>
        <source>e.g. Dilnoza Karimova</source>
        <translation>masalan, Dilnoza Karimova</translation>
    </message>
    <message>
        <source>A new language applies the next time Rapport starts.</source>
        <translation>Yangi til Rapport keyingi safar ishga tushganda qoʻllaniladi.</translation>
    </message>
    <message>
        <source>Phone numbers without + are from:</source>
        <translation>+ belgisiz telefon raqamlari mamlakati:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ismingiz:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Custom role: &quot;problem&quot;, &quot;warning&quot; or None for a row. The widest a value column opens, in average characters: one long value (a company&apos;s full legal name) must not push the other columns, and Problems last, far out of sight. A column can still be widened by hand.</extracomment>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Elektron pochtalar</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonlar</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Kompaniya</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Lavozim</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Shahar</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Tugʻilgan kun</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Teglar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Muammolar</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Oldindan koʻrish</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows in red will not be imported; point at one to see why.</source>
        <translation>Dastlabki qatorlar saqlanadigan koʻrinishda. Qizil qatorlar import qilinmaydi; sababini bilish uchun kursorni qator ustiga olib boring.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import qilish</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2025 are written</source>
        <translation>03/04/2025 kabi sanalarning yozilish tartibi</translation>
    </message>
    <message>
        <source>&amp;Day first (31.12.2025)</source>
        <translation>Avval &amp;kun (31.12.2025)</translation>
    </message>
    <message>
        <source>M&amp;onth first (12/31/2025)</source>
        <translation>Avval &amp;oy (12/31/2025)</translation>
    </message>
    <message>
        <source>A row with the email or phone of a contact already in Rapport</source>
        <translation>Rapportdagi mavjud kontaktning elektron pochtasi yoki telefoni bor qator</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>Oʻtkazib &amp;yuborish</translation>
    </message>
    <message>
        <source>A row with the name of a company already in Rapport</source>
        <translation>Rapport’da allaqachon bor kompaniya nomi yozilgan qator</translation>
    </message>
    <message>
        <source>&amp;Update the existing company (fill empty fields)</source>
        <translation>Mavjud kompaniyani &amp;yangilash (boʻsh maydonlarni toʻldirish)</translation>
    </message>
    <message>
        <source>Update and over&amp;write the existing company</source>
        <translation>Mavjud kompaniyani yangilab, &amp;ustidan yozish</translation>
    </message>
    <message>
        <source>&amp;Create a new company anyway</source>
        <translation>Baribir yangi kompaniya &amp;yaratish</translation>
    </message>
    <message>
        <source>&amp;Update the existing contact (fill empty fields)</source>
        <translation>&amp;Mavjud kontaktni yangilash (boʻsh maydonlarni toʻldirish)</translation>
    </message>
    <message>
        <source>Update and over&amp;write the existing contact</source>
        <translation>Mavjud kontaktni yangilash va &amp;ustiga yozish</translation>
    </message>
    <message>
        <source>&amp;Create a new contact anyway</source>
        <translation>&amp;Baribir yangi kontakt yaratish</translation>
    </message>
    <message>
        <source>A row like an interaction already in Rapport (the same contact, channel, time and subject)</source>
        <translation>Rapport’da allaqachon bor muloqotga oʻxshash qator (oʻsha kontakt, kanal, vaqt va mavzu)</translation>
    </message>
    <message>
        <source>A row like a task already in Rapport (the same contact, title and due date)</source>
        <translation>Rapport’da allaqachon bor vazifaga oʻxshash qator (oʻsha kontakt, nom va muddat)</translation>
    </message>
    <message>
        <source>A row like a purchase already in Rapport (the same contact, day, total and currency)</source>
        <translation>Rapport’da allaqachon bor xaridga oʻxshash qator (oʻsha kontakt, kun, summa va valyuta)</translation>
    </message>
    <message>
        <source>&amp;Import it anyway</source>
        <translation>Baribir &amp;import qilish</translation>
    </message>
    <message>
        <source>Found from the dates in the file.</source>
        <translation>Fayldagi sanalar asosida aniqlandi.</translation>
    </message>
    <message>
        <source>As the template says.</source>
        <translation>Shablonda koʻrsatilganidek.</translation>
    </message>
    <message>
        <source>The dates in the file can be read both ways: choose how it writes them.</source>
        <translation>Fayldagi sanalarni ikki xil oʻqish mumkin: ular qanday yozilganini tanlang.</translation>
    </message>
    <message>
        <source>Rows shown: {count}. Rows that will not be imported: {bad}.</source>
        <translation>Koʻrsatilgan qatorlar: {count}. Import qilinmaydigan qatorlar: {bad}.</translation>
    </message>
    <message>
        <source>Each row is linked to its contact when it is imported; a row whose contact is not found is reported then.</source>
        <translation>Har bir qator import paytida oʻz kontaktiga bogʻlanadi; kontakti topilmagan qator oʻshanda koʻrsatiladi.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Log Purchase: {name}</source>
        <translation>Xaridni qayd etish: {name}</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Mahsulot</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Miqdor</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Birlik narxi</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Qator &amp;qoʻshish</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Qatorni oʻc&amp;hirish</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Sa&amp;na:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>Qa&amp;torlar:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Izoh:</translation>
    </message>
    <message>
        <source>{amount} (the lines&apos; sum)</source>
        <translation>{amount} (qatorlar yigʻindisi)</translation>
    </message>
    <message>
        <source>Not a member of {programme}: earns no points.</source>
        <translation>{programme} dasturi aʼzosi emas: ball berilmaydi.</translation>
    </message>
    <message>
        <source>Bought before joining {programme}: earns no points.</source>
        <translation>{programme} dasturiga aʼzo boʻlishdan oldin xarid qilingan: ball berilmaydi.</translation>
    </message>
    <message>
        <source>Only purchases in {currency} earn points.</source>
        <translation>Faqat {currency} valyutasidagi xaridlar uchun ball beriladi.</translation>
    </message>
    <message numerus="yes">
        <source>Earns %Ln point(s).</source>
        <translation>
            <numerusform>%Ln ball beriladi.</numerusform>
            <numerusform>%Ln ball beriladi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesBox</name>
    <message>
        <source>Delete Purchase</source>
        <translation>Xaridni oʻchirish</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Delete Purchase…</source>
        <extracomment>A purchase form was opened (tests may want it).</extracomment>
        <translation>Xaridni oʻchirish…</translation>
    </message>
    <message>
        <source>Log purchase…</source>
        <translation>Xaridni qayd etish…</translation>
    </message>
    <message>
        <source>Log a purchase of this contact (Ctrl+Shift+P)</source>
        <translation>Bu kontaktning xaridini qayd etish (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Oʻchirish…</translation>
    </message>
    <message>
        <source>Delete the chosen purchase (Edit &gt; Undo brings it back)</source>
        <translation>Tanlangan xaridni oʻchirish (“Tahrirlash &gt; Undo” uni qaytaradi)</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>Hozircha xaridlar yoʻq.</translation>
    </message>
    <message>
        <source>Delete the purchase of {amount} on {date}? Its points are taken back. Edit &gt; Undo restores it.</source>
        <translation>{date} sanadagi {amount} summali xarid oʻchirilsinmi? Uning ballari qaytarib olinadi. “Tahrirlash &gt; Undo” uni tiklaydi.</translation>
    </message>
</context>
<context>
    <name>QuickLogBar</name>
    <message>
        <source>When it happened, in local time</source>
        <extracomment>What was stored: an ``interactions.LoggedInteraction``.</extracomment>
        <translation>Qachon boʻlgan (mahalliy vaqt bilan)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>Nima deyildi yoki qilindi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>The deal this was about</source>
        <translation>Bu muloqot qaysi bitimga tegishli</translation>
    </message>
    <message>
        <source>Follow up in</source>
        <translation>Qayta bogʻlanish:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> kundan keyin</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Qayd etish</translation>
    </message>
    <message>
        <source>Log it (Ctrl+Return)</source>
        <translation>Qayd etish (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Follow up: {subject}</source>
        <translation>Qayta bogʻlanish: {subject}</translation>
    </message>
    <message>
        <source>Follow up: {channel}</source>
        <translation>Qayta bogʻlanish: {channel}</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>Bitimsiz</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Yoʻnalish</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Qayta bogʻlanish</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Bitim</translation>
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
        <translation>Maʼlumotlar bazasi ochilmoqda…</translation>
    </message>
    <message>
        <source>Rapport cannot open the database</source>
        <translation>Rapport maʼlumotlar bazasini ocha olmaydi</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed in the file.</source>
        <translation>{reason}

Faylga hech qanday oʻzgartirish kiritilmadi.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminder: {title}</source>
        <translation>Eslatma: {title}</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>muddat: {when}</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>Eslatmalar ({count})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>va yana {count} ta</translation>
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
        <translation>Muddatni oʻzgartirish</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Muddatsiz</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Yangi muddat:</translation>
    </message>
</context>
<context>
    <name>RetentionChart</name>
    <message>
        <source>Complete cohorts</source>
        <translation>Toʻliq kogortalar</translation>
    </message>
    <message>
        <source>Less than a year so far</source>
        <translation>Hali bir yil oʻtmagan</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>Yana xarid qilganlar</translation>
    </message>
    <message>
        <source>{month}: {repeat} of {customers} new customers bought again ({rate})</source>
        <translation>{month}: {customers} ta yangi mijozdan {repeat} tasi yana xarid qilgan ({rate})</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Save the Rejected Rows…</source>
        <translation>Rad etilgan qatorlarni &amp;saqlash…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} import qilinmoqda…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Fayl oʻqilmoqda…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bekor qilinmoqda…</translation>
    </message>
    <message>
        <source>Rows done: {count}</source>
        <translation>Qayta ishlangan qatorlar: {count}</translation>
    </message>
    <message>
        <source>{name} was imported.</source>
        <translation>{name} import qilindi.</translation>
    </message>
    <message>
        <source>Created: {count}</source>
        <translation>Yaratildi: {count}</translation>
    </message>
    <message>
        <source>Updated: {count}</source>
        <translation>Yangilandi: {count}</translation>
    </message>
    <message>
        <source>Skipped (already in Rapport): {count}</source>
        <translation>Oʻtkazib yuborildi (Rapportda allaqachon bor): {count}</translation>
    </message>
    <message>
        <source>Rejected: {count}</source>
        <translation>Rad etildi: {count}</translation>
    </message>
    <message>
        <source>Warnings (values to check): {count}</source>
        <translation>Ogohlantirishlar (tekshirilishi kerak boʻlgan qiymatlar): {count}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Bekor qilindi: hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>The import failed: {reason}
Nothing was imported.</source>
        <translation>Import qilib boʻlmadi: {reason}
Hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <source>{name} - rejected rows</source>
        <translation>{name} - rad etilgan qatorlar</translation>
    </message>
    <message>
        <source>Save the Rejected Rows</source>
        <translation>Rad etilgan qatorlarni saqlash</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ishchi kitoblari (*.xlsx)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saqlanmoqda…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saqlandi: {path}</translation>
    </message>
    <message>
        <source>The rows could not be saved: {reason}</source>
        <translation>Qatorlarni saqlab boʻlmadi: {reason}</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Contacts</source>
        <translation>Kontaktlar</translation>
    </message>
    <message>
        <source>Every person and company, searchable as you type, with the whole history of each customer on one page.</source>
        <translation>Barcha shaxslar va kompaniyalar: yozish davomida qidiruv va har bir mijozning butun tarixi bitta sahifada.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Vazifalar</translation>
    </message>
    <message>
        <source>Your follow-ups as an agenda: overdue, today, this week, later, done.</source>
        <translation>Eslatmalaringiz kun tartibi koʻrinishida: muddati oʻtgan, bugun, shu hafta, keyinroq, bajarilgan.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Savdo voronkasi</translation>
    </message>
    <message>
        <source>Open deals on a board by stage, and a forecast of what the month will bring.</source>
        <translation>Ochiq bitimlar bosqichlar boʻyicha doskada hamda shu oy uchun prognoz.</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Sodiqlik</translation>
    </message>
    <message>
        <source>Purchases, points and tiers; who is new, loyal, growing, slipping or lapsed, and who to win back.</source>
        <translation>Xaridlar, ballar va darajalar: kim yangi, sodiq, oʻsib borayotgan, uzoqlashayotgan yoki ketib qolgan — va kimni qaytarish kerak.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Boshqaruv paneli</translation>
    </message>
    <message>
        <source>Charts of new customers, retention, revenue and the pipeline, month by month.</source>
        <translation>Yangi mijozlar, mijozlarni saqlab qolish, daromad va savdo voronkasi boʻyicha oylik grafiklar.</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>Import/eksport</translation>
    </message>
    <message>
        <source>Bring contacts in from Excel, CSV and vCard files, and take any list out.</source>
        <translation>Kontaktlarni Excel, CSV va vCard fayllaridan import qiling va istalgan roʻyxatni eksport qiling.</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Separate tags with commas</source>
        <translation>Teglarni vergul bilan ajrating</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit Task</source>
        <extracomment>The time of day a reminder &quot;at the due time&quot; of a task without a time goes off.</extracomment>
        <translation>Vazifani tahrirlash</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Yangi vazifa</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>at</source>
        <translation>soat</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Eslatmasiz</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Muddat vaqtida</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>Belgilangan vaqtda…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Sarlavha:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Muddat:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Eslatma:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Muhimlik darajasi:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>M&amp;asʼul:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>Bitimsiz</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Bitim:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Qaydlar:</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Follow up: {subject}</source>
        <extracomment>Titles of follow-ups when none is typed: stored text, so the UI should pass its own translated ``follow_up_title``; these are the English fallback.</extracomment>
        <translation>Qayta bogʻlanish: {subject}</translation>
    </message>
    <message>
        <source>Follow up on the {channel}</source>
        <translation>Qayta bogʻlanish ({channel})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Muddati oʻtgan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Keyingi 7 kun</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Keyinroq</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sanasiz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bajarilgan</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>No follow-ups yet.
Create one with New Task…</source>
        <translation>Hozircha vazifalar yoʻq.
“Yangi vazifa…” orqali yarating</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Istalgan masʼul</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Istalgan muhimlik darajasi</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>Yangi vazifa…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Yakunlash…</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1 soatga</translation>
    </message>
    <message>
        <source>Until Tomorrow, {time}</source>
        <translation>Ertagacha, {time}</translation>
    </message>
    <message>
        <source>Until Monday, {time}</source>
        <translation>Dushanbagacha, {time}</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Keyinga surish</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Muddatni oʻzgartirish…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Masʼulni oʻzgartirish…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Export to .ics…</source>
        <translation>.ics faylga eksport qilish…</translation>
    </message>
    <message>
        <source>Export to Spreadsheet…</source>
        <translation>Elektron jadvalga eksport qilish…</translation>
    </message>
    <message>
        <source>No tasks match these filters.</source>
        <translation>Bu filtrlarga mos vazifalar yoʻq.</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: {reason}</source>
        <translation>Vazifalarni yuklab boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Vazifalar</translation>
    </message>
    <message>
        <source>Completed “{title}”</source>
        <translation>“{title}” vazifasi yakunlandi</translation>
    </message>
    <message>
        <source>Snoozed “{title}”</source>
        <translation>“{title}” vazifasi keyinga surildi</translation>
    </message>
    <message>
        <source>Rescheduled “{title}”</source>
        <translation>“{title}” vazifasining muddati oʻzgartirildi</translation>
    </message>
    <message>
        <source>Reassign Task</source>
        <translation>Masʼulni oʻzgartirish</translation>
    </message>
    <message>
        <source>Owner of “{title}”:</source>
        <translation>“{title}” uchun masʼul:</translation>
    </message>
    <message>
        <source>Reassigned “{title}”</source>
        <translation>“{title}” vazifasining masʼuli oʻzgartirildi</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>“{title}” vazifasi oʻchirildi</translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation>Vazifalarni eksport qilish</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar fayllari (*.ics)</translation>
    </message>
    <message>
        <source>Exporting tasks…</source>
        <translation>Vazifalar eksport qilinmoqda…</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>vazifalar</translation>
    </message>
    <message>
        <source>Exported {count} tasks to {path}</source>
        <translation>{count} ta vazifa eksport qilindi: {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport qilib boʻlmadi</translation>
    </message>
    <message>
        <source>The tasks could not be exported: {reason}</source>
        <translation>Vazifalarni eksport qilib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>Delete Task “{title}”</source>
        <translation>“{title}” vazifasini oʻchirish</translation>
    </message>
</context>
<context>
    <name>TemplateButtons</name>
    <message>
        <source>Sa&amp;ve as Template…</source>
        <translation>Shablon sifatida &amp;saqlash…</translation>
    </message>
    <message>
        <source>Use &amp;Template…</source>
        <translation>Shablonni &amp;qoʻllash…</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Shablon sifatida saqlash</translation>
    </message>
    <message>
        <source>Name of the template (the mapping of these columns):</source>
        <translation>Shablon nomi (ushbu ustunlarning moslashtirilishi saqlanadi):</translation>
    </message>
    <message>
        <source>Saved as the template “{name}”.</source>
        <translation>“{name}” shabloni sifatida saqlandi.</translation>
    </message>
    <message>
        <source>There is a template “{name}” for importing {records} already. Replace it?</source>
        <translation>“{name}” shabloni ({records} importi uchun) allaqachon bor. Almashtirilsinmi?</translation>
    </message>
    <message>
        <source>There is a template “{name}” already. Replace it?</source>
        <translation>“{name}” shabloni allaqachon mavjud. Uni almashtirasizmi?</translation>
    </message>
    <message>
        <source>No template has been saved yet: map the columns, then “Save as Template…”.</source>
        <translation>Hali hech qanday shablon saqlanmagan: ustunlarni moslashtiring, soʻng “Shablon sifatida saqlash…” tugmasini bosing.</translation>
    </message>
    <message>
        <source>Use Template</source>
        <translation>Shablonni qoʻllash</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Shablon:</translation>
    </message>
    <message>
        <source>Template “{name}” applied. Columns mapped: {count}.</source>
        <translation>“{name}” shabloni qoʻllandi. Moslashtirilgan ustunlar: {count}.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Create {name}</source>
        <translation>“{name}” kontaktini yaratish</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>“{name}” kontaktini tahrirlash</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>%n ta kontaktni oʻchirish</numerusform>
            <numerusform>%n ta kontaktni oʻchirish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>%n ta kontaktni tiklash</numerusform>
            <numerusform>%n ta kontaktni tiklash</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>“{name}” kontaktini oʻchirish</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>“{name}” kontaktini tiklash</translation>
    </message>
    <message>
        <source>Merge {other} into {survivor}</source>
        <translation>“{other}” kontaktini “{survivor}” bilan birlashtirish</translation>
    </message>
    <message>
        <source>Create {name}</source>
        <comment>company</comment>
        <translation>“{name}” kompaniyasini yaratish</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>company</comment>
        <translation>“{name}” kompaniyasini tahrirlash</translation>
    </message>
    <message>
        <source>Create deal {title}</source>
        <translation>“{title}” bitimini yaratish</translation>
    </message>
    <message>
        <source>Edit deal {title}</source>
        <translation>“{title}” bitimini tahrirlash</translation>
    </message>
    <message>
        <source>Move {title} to {stage}</source>
        <translation>“{title}” bitimini “{stage}” bosqichiga koʻchirish</translation>
    </message>
    <message>
        <source>Delete deal {title}</source>
        <translation>“{title}” bitimini oʻchirish</translation>
    </message>
    <message>
        <source>Log purchase of {amount}</source>
        <translation>{amount} summali xaridni qayd etish</translation>
    </message>
    <message>
        <source>Delete purchase of {amount}</source>
        <translation>{amount} summali xaridni oʻchirish</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Type the name of the company.</source>
        <translation>Kompaniya nomini kiriting.</translation>
    </message>
    <message>
        <source>Type a name: a first name, a last name or a display name.</source>
        <translation>Ism kiriting: ism, familiya yoki koʻrsatiladigan ism.</translation>
    </message>
    <message>
        <source>The first and last name together are {length} characters long, over the limit of {limit}. Type a shorter display name.</source>
        <translation>Ism va familiya birgalikda {length} ta belgidan iborat, bu {limit} ta belgi chegarasidan koʻp. Qisqaroq koʻrsatiladigan ism kiriting.</translation>
    </message>
    <message>
        <source>The chosen company no longer exists. Choose another one.</source>
        <translation>Tanlangan kompaniya endi mavjud emas. Boshqasini tanlang.</translation>
    </message>
    <message>
        <source>The company “{name}” is in the Trash. Restore it first or choose another company.</source>
        <translation>“{name}” kompaniyasi savatda. Avval uni tiklang yoki boshqa kompaniyani tanlang.</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>Tugʻilgan kun kelajakdagi sana boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>Too long: {length} characters. The limit is {limit}.</source>
        <translation>Juda uzun: {length} ta belgi. Chegara — {limit} ta.</translation>
    </message>
    <message>
        <source>Contains a hidden character ({code}) at position {position} that cannot be stored. Remove it and try again.</source>
        <translation>{position}-oʻrinda saqlab boʻlmaydigan yashirin belgi ({code}) bor. Uni olib tashlang va qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Bu maydon boʻsh boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it has no @ sign.</source>
        <translation>“{value}” elektron pochta manzili emas: unda @ belgisi yoʻq.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it has more than one @ sign.</source>
        <translation>“{value}” elektron pochta manzili emas: unda bittadan ortiq @ belgisi bor.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: there is nothing before the @ sign.</source>
        <translation>“{value}” elektron pochta manzili emas: @ belgisidan oldin hech narsa yoʻq.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: there is nothing after the @ sign.</source>
        <translation>“{value}” elektron pochta manzili emas: @ belgisidan keyin hech narsa yoʻq.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it contains a space.</source>
        <translation>“{value}” elektron pochta manzili emas: unda boʻsh joy bor.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: the part after the @ sign needs a dot, as in example.com.</source>
        <translation>“{value}” elektron pochta manzili emas: @ belgisidan keyingi qismda nuqta boʻlishi kerak, masalan, example.com.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address. {reason}</source>
        <translation>“{value}” elektron pochta manzili emas. {reason}</translation>
    </message>
    <message>
        <source>“{value}” has no country code. Type the number with + and its country code (as in +1 202 555 0143), or choose your country in Preferences so that local numbers can be read.</source>
        <translation>“{value}” raqamida mamlakat kodi yoʻq. Raqamni + va mamlakat kodi bilan kiriting (masalan, +1 202 555 0143) yoki mahalliy raqamlar tanilishi uchun Sozlamalarda mamlakatingizni tanlang.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}” telefon raqami emas.</translation>
    </message>
    <message>
        <source>“{value}” does not start with a known country code.</source>
        <translation>“{value}” maʼlum mamlakat kodi bilan boshlanmaydi.</translation>
    </message>
    <message>
        <source>“{value}” has too few digits for a phone number.</source>
        <translation>“{value}” — telefon raqami uchun raqamlar soni juda kam.</translation>
    </message>
    <message>
        <source>“{value}” has too many digits for a phone number.</source>
        <translation>“{value}” — telefon raqami uchun raqamlar soni juda koʻp.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number for the country code +{country_code}. Check the digits.</source>
        <translation>“{value}” +{country_code} mamlakat kodi uchun yaroqli telefon raqami emas. Raqamlarni tekshiring.</translation>
    </message>
    <message>
        <source>“{value}” is not a web address. Type it like example.com or https://www.example.com.</source>
        <translation>“{value}” veb-manzil emas. Uni example.com yoki https://www.example.com koʻrinishida kiriting.</translation>
    </message>
    <message>
        <source>“{value}” is not a lifecycle stage. Choose one of: {choices}.</source>
        <translation>“{value}” mijozning hayotiy sikl bosqichi emas. Quyidagilardan birini tanlang: {choices}.</translation>
    </message>
    <message>
        <source>There are two custom fields named “{key}”.</source>
        <translation>“{key}” nomli ikkita qoʻshimcha maydon bor.</translation>
    </message>
    <message>
        <source>The custom field “{key}” can hold text, a number, yes/no or nothing, not {kind}.</source>
        <translation>“{key}” qoʻshimcha maydonida matn, son yoki ha/yoʻq qiymati boʻlishi yoki u boʻsh qolishi mumkin, lekin {kind} boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>The custom field “{key}” holds {value}, which is not a number that can be stored.</source>
        <translation>“{key}” qoʻshimcha maydonidagi {value} qiymatini son sifatida saqlab boʻlmaydi.</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices: {choices}.</source>
        <translation>“{value}” mavjud variantlardan biri emas: {choices}.</translation>
    </message>
    <message>
        <source>A follow-up can be due {minimum} to {maximum} days ahead, not {value}.</source>
        <translation>Eslatma muddati {minimum}–{maximum} kun keyinga belgilanishi mumkin, {value} emas.</translation>
    </message>
    <message>
        <source>The chosen task no longer exists.</source>
        <translation>Tanlangan vazifa endi mavjud emas.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself. Choose another contact.</source>
        <extracomment>The choices of the merge dialog -&gt; the Contact columns each one sets together.</extracomment>
        <translation>Kontaktni oʻzi bilan birlashtirib boʻlmaydi. Boshqa kontaktni tanlang.</translation>
    </message>
    <message>
        <source>“{name}” is not in the Trash. Move it to the Trash first.</source>
        <translation>“{name}” savatda emas. Avval uni savatga oʻtkazing.</translation>
    </message>
    <message>
        <source>Type a title for the deal.</source>
        <translation>Bitim nomini kiriting.</translation>
    </message>
    <message>
        <source>The chosen contact no longer exists. Choose another one.</source>
        <translation>Tanlangan kontakt endi mavjud emas. Boshqasini tanlang.</translation>
    </message>
    <message>
        <source>The stage “{stage}” belongs to another pipeline.</source>
        <translation>“{stage}” bosqichi boshqa savdo voronkasiga tegishli.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Bitim nima sababdan muvaffaqiyatsiz yopilganini tanlang.</translation>
    </message>
    <message>
        <source>The close date {closed_on} is before the deal was created ({created}).</source>
        <translation>Yopilish sanasi ({closed_on}) bitim yaratilgan sanadan ({created}) oldin.</translation>
    </message>
    <message>
        <source>The contact “{name}” is in the Trash. Restore it first or choose another contact.</source>
        <translation>“{name}” kontakti savatda. Avval uni tiklang yoki boshqa kontaktni tanlang.</translation>
    </message>
    <message>
        <source>The time {value} has no time zone, so the moment it means is unknown.</source>
        <translation>{value} vaqtida vaqt mintaqasi koʻrsatilmagan, shuning uchun u qaysi paytni bildirishi nomaʼlum.</translation>
    </message>
    <message>
        <source>The due time {due_at} is not on the due date {due_date}.</source>
        <translation>Bajarish vaqti ({due_at}) bajarish sanasiga ({due_date}) toʻgʻri kelmaydi.</translation>
    </message>
    <message>
        <source>The chosen deal no longer exists. Choose another one, or none.</source>
        <translation>Tanlangan bitim endi mavjud emas. Boshqasini tanlang yoki bitimsiz qoldiring.</translation>
    </message>
    <message>
        <source>The deal “{title}” is in the Trash. Restore it first or choose another deal.</source>
        <translation>“{title}” bitimi savatda. Avval uni tiklang yoki boshqa bitimni tanlang.</translation>
    </message>
    <message>
        <source>“{value}” is not a priority. Choose one of: {choices}.</source>
        <translation>“{value}” muhimlik darajasi emas. Quyidagilardan birini tanlang: {choices}.</translation>
    </message>
    <message>
        <source>There is no company called “{name}”. Choose one from the list, or clear the field for no company.</source>
        <translation>“{name}” nomli kompaniya yoʻq. Roʻyxatdan birini tanlang yoki kompaniya boʻlmasa, maydonni tozalang.</translation>
    </message>
    <message>
        <source>A reminder at the due time needs a due date. Choose one, or another reminder.</source>
        <translation>Muddat vaqtidagi eslatma uchun bajarish sanasi kerak. Sanani belgilang yoki boshqa eslatmani tanlang.</translation>
    </message>
    <message>
        <source>Type a name for the template.</source>
        <translation>Shablon nomini kiriting.</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code. Use three letters, such as USD or UZS.</source>
        <extracomment>The largest amount stored, in minor units: ten trillion of a two-decimal currency, well inside a 64-bit integer and exact as a double for charts.</extracomment>
        <translation>“{value}” valyuta kodi emas. Uch harfli koddan foydalaning, masalan, USD yoki UZS.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount. Type digits, such as 1250 or 1 250.50.</source>
        <translation>“{value}” summa emas. Raqamlar bilan kiriting, masalan, 1250 yoki 1 250.50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Summa manfiy boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>The amount {value} is too large to store.</source>
        <translation>{value} summasi saqlash uchun juda katta.</translation>
    </message>
    <message>
        <source>{currency} has {places} decimal places; “{value}” has more.</source>
        <translation>{currency} valyutasida kasr qismi {places} xonali, “{value}” da esa koʻproq.</translation>
    </message>
    <message>
        <source>Points per unit must be a whole number from 0 to {limit}.</source>
        <translation>Pul birligi uchun ballar 0 dan {limit} gacha butun son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>“{value}” is not a tier basis. Choose points or spend.</source>
        <translation>“{value}” daraja mezoni emas. Ballar yoki xaridlar summasini tanlang.</translation>
    </message>
    <message>
        <source>Points expire after 1 to {limit} months, or never.</source>
        <translation>Ballarning amal qilish muddati 1 oydan {limit} oygacha boʻlishi kerak yoki muddatsiz boʻladi.</translation>
    </message>
    <message>
        <source>Type a whole number of days from 1 to {limit}.</source>
        <translation>1 dan {limit} gacha butun kunlar sonini kiriting.</translation>
    </message>
    <message>
        <source>A customer is lapsed after more days ({lapsed}) than a customer counts as new ({new}).</source>
        <translation>Mijoz ketib qolgan deb hisoblanadigan kunlar soni ({lapsed}) yangi mijoz deb hisoblanadigan kunlar sonidan ({new}) koʻp boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The expanding margin must be a whole percent from 0 to {limit}.</source>
        <translation>“Oʻsayotgan” holati uchun oʻsish chegarasi 0 dan {limit} gacha butun foiz boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Nom kiriting.</translation>
    </message>
    <message>
        <source>Tier {number} has no name. Type one.</source>
        <translation>{number}-darajaning nomi yoʻq. Nom kiriting.</translation>
    </message>
    <message>
        <source>There are two tiers named “{name}”. Give each tier its own name.</source>
        <translation>“{name}” nomli ikkita daraja bor. Har bir darajaga alohida nom bering.</translation>
    </message>
    <message>
        <source>The threshold of “{name}” must be a whole number from 0 to {limit}.</source>
        <translation>“{name}” darajasining chegarasi 0 dan {limit} gacha butun son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The threshold of “{name}” must be higher than that of “{previous}”: each tier needs more than the one before it.</source>
        <translation>“{name}” darajasining chegarasi “{previous}” darajasinikidan yuqori boʻlishi kerak: har bir daraja oldingisidan koʻproq talab qiladi.</translation>
    </message>
    <message>
        <source>The discount of “{name}” must be a whole percent from 0 to 100.</source>
        <translation>“{name}” darajasining chegirmasi 0 dan 100 gacha butun foiz boʻlishi kerak.</translation>
    </message>
    <message>
        <source>“{name}” is already taken. Choose another name.</source>
        <translation>“{name}” nomi band. Boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>“{value}” is not a probability. Use a whole percent from 0 to 100.</source>
        <translation>“{value}” ehtimol emas. 0 dan 100 gacha butun foiz kiriting.</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of stage. Choose open, won or lost.</source>
        <translation>“{value}” bosqich turi emas. Ochiq, muvaffaqiyatli yoki muvaffaqiyatsiz turini tanlang.</translation>
    </message>
    <message>
        <source>“{name}” holds {count} deals. Choose the stage to move them to first.</source>
        <translation>“{name}” bosqichida {count} ta bitim bor. Avval ular koʻchiriladigan bosqichni tanlang.</translation>
    </message>
    <message>
        <source>The deals can only move to another stage of the same pipeline.</source>
        <translation>Bitimlarni faqat shu savdo voronkasining boshqa bosqichiga koʻchirish mumkin.</translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage, so “{name}” cannot go.</source>
        <translation>Savdo voronkasida kamida bitta ochiq bosqich boʻlishi kerak, shuning uchun “{name}” bosqichini oʻchirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Choose the stage of the deal.</source>
        <translation>Bitim bosqichini tanlang.</translation>
    </message>
    <message>
        <source>There is no contact called “{name}”. Choose one from the list, or clear the field for no contact.</source>
        <translation>“{name}” nomli kontakt yoʻq. Roʻyxatdan birini tanlang yoki kontakt boʻlmasa, maydonni tozalang.</translation>
    </message>
    <message>
        <source>Choose the day the follow-ups are due.</source>
        <translation>Qayta bogʻlanish vazifalarining muddatini tanlang.</translation>
    </message>
    <message>
        <source>Type a whole number of points from 1 to {limit}.</source>
        <extracomment>The most points one entry moves (the column is a 32-bit integer on PostgreSQL).</extracomment>
        <translation>1 dan {limit} gacha butun ballar sonini kiriting.</translation>
    </message>
    <message>
        <source>Type the points to add (such as 50) or to take away (such as -50).</source>
        <translation>Qoʻshiladigan (masalan, 50) yoki ayiriladigan (masalan, -50) ballarni kiriting.</translation>
    </message>
    <message>
        <source>Say why: type a reason.</source>
        <translation>Sababini koʻrsating: izoh kiriting.</translation>
    </message>
    <message>
        <source>{name} is not a member of the loyalty programme. Enroll them first.</source>
        <translation>{name} sodiqlik dasturi aʼzosi emas. Avval uni dasturga aʼzo qiling.</translation>
    </message>
    <message>
        <source>{name} has {balance} points; {points} cannot be redeemed.</source>
        <translation>{name} hisobida {balance} ball bor; {points} ballni sarflab boʻlmaydi.</translation>
    </message>
    <message>
        <source>{name} has {balance} points; {points} cannot be taken away.</source>
        <translation>{name} hisobida {balance} ball bor; {points} ballni ayirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>This entry has been reversed already.</source>
        <translation>Bu yozuv allaqachon bekor qilingan.</translation>
    </message>
    <message>
        <source>Expired points cannot be reversed. Add them back with an adjustment.</source>
        <translation>Muddati tugagan ballarni bekor qilib boʻlmaydi. Ularni tuzatish orqali qayta qoʻshing.</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed. Make an adjustment instead.</source>
        <translation>Bekor qilish yozuvini bekor qilib boʻlmaydi. Uning oʻrniga tuzatish kiriting.</translation>
    </message>
    <message>
        <source>{name} has {balance} points; reversing this entry would take away {points}, more than they have.</source>
        <translation>{name} hisobida {balance} ball bor; bu yozuvni bekor qilish {points} ballni ayiradi, bu esa mavjud ballardan koʻp.</translation>
    </message>
    <message>
        <source>Choose the day of the purchase.</source>
        <translation>Xarid sanasini tanlang.</translation>
    </message>
    <message>
        <source>The purchase is dated {date}, after today. Choose today or an earlier day.</source>
        <translation>Xarid sanasi {date} — bugundan keyin. Bugungi yoki undan oldingi sanani tanlang.</translation>
    </message>
    <message>
        <source>The purchase is dated {date}. Choose a day from 1900 on.</source>
        <translation>Xarid sanasi {date}. 1900-yildan boshlab sana tanlang.</translation>
    </message>
    <message>
        <source>“{value}” is not a channel. Choose store, online, phone or other.</source>
        <translation>“{value}” kanal emas. Doʻkon, onlayn, telefon yoki boshqa kanalni tanlang.</translation>
    </message>
    <message>
        <source>Type the total of the purchase, or add its lines.</source>
        <translation>Xaridning jami summasini kiriting yoki uning qatorlarini qoʻshing.</translation>
    </message>
    <message>
        <source>The lines add up to {lines} {currency}, but the total is {total} {currency}. Correct one of them, or clear the total to take the lines&apos; sum.</source>
        <translation>Qatorlar yigʻindisi {lines} {currency}, jami summa esa {total} {currency}. Ulardan birini tuzating yoki qatorlar yigʻindisi olinishi uchun jami summani tozalang.</translation>
    </message>
    <message>
        <source>Line {number} has no product. Type one.</source>
        <translation>{number}-qatorda mahsulot yoʻq. Mahsulot nomini kiriting.</translation>
    </message>
    <message>
        <source>The quantity on line {number} must be a whole number from 1 to {limit}.</source>
        <translation>{number}-qatordagi miqdor 1 dan {limit} gacha butun son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The lines add up to more than can be stored. Check the quantities and prices.</source>
        <translation>Qatorlar yigʻindisi saqlab boʻladigan miqdordan katta. Miqdor va narxlarni tekshiring.</translation>
    </message>
    <message>
        <source>This purchase would earn {points} points, more than one entry can hold ({limit}). Lower the points per unit in the loyalty settings.</source>
        <translation>Bu xarid uchun {points} ball berilardi — bu bitta yozuvga sigʻadiganidan ({limit}) koʻp. Sodiqlik dasturi sozlamalarida pul birligi uchun ballarni kamaytiring.</translation>
    </message>
    <message>
        <source>The contact no longer exists, or is in the Trash.</source>
        <translation>Kontakt endi mavjud emas yoki savatda.</translation>
    </message>
    <message>
        <source>The threshold of “{name}” must be a whole number of points, not “{value}”.</source>
        <translation>“{name}” darajasining chegarasi “{value}” emas, butun ballar soni boʻlishi kerak.</translation>
    </message>
</context>
</TS>
