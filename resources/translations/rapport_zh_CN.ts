<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp;&amp; Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How obtained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <source>{count} more not shown: narrow the list with the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bucket} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyBox</name>
    <message>
        <source>No company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what came of “{title}” with {contact}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete and Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete without Logging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>{title} at {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation type="unfinished">未同意接收营销信息</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished">已同意接收营销信息</translation>
    </message>
    <message>
        <source>Opted in on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last contact: %Ln day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the first and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: signed form at the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to receive marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals, purchases and loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals, purchases and loyalty appear here in later releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%Ln interaction(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>The number of matching contacts changed (after a new query or a refresh).</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Search names, emails, phones, companies and notes</source>
        <translation>搜索姓名、电子邮件、电话、公司和备注</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Marketing: any</source>
        <translation>营销许可：不限</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>已同意接收营销信息</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>未同意接收营销信息</translation>
    </message>
    <message>
        <source>Tasks: any</source>
        <translation>任务：不限</translation>
    </message>
    <message>
        <source>Has open tasks</source>
        <translation>有未完成任务</translation>
    </message>
    <message>
        <source>No open tasks</source>
        <translation>无未完成任务</translation>
    </message>
    <message>
        <source>Last contact: any</source>
        <translation>最近联系：不限</translation>
    </message>
    <message>
        <source>No contact for </source>
        <translation>未联系 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge These Two…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the Trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every contact in the Trash for good, with their interactions and tasks? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">联系人</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln contact(s)</source>
        <translation>
            <numerusform>超过 %Ln 个联系人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>Rapport cannot create a database in {folder}: the folder is read-only.</source>
        <translation>Rapport 无法在 {folder} 中创建数据库：该文件夹为只读。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <source>Rapport is not allowed to read {path}.</source>
        <translation>Rapport 无权读取 {path}。</translation>
    </message>
    <message>
        <source>{path} is read-only. Rapport needs to write to its database; make the file writable or choose another one.</source>
        <translation>{path} 为只读文件。Rapport 需要写入其数据库；请将该文件设为可写，或选择其他文件。</translation>
    </message>
    <message>
        <source>{path} is not a Rapport database (it is not an SQLite file).</source>
        <translation>{path} 不是 Rapport 数据库（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>Rapport cannot open {target}: {reason}</source>
        <translation>Rapport 无法打开 {target}：{reason}</translation>
    </message>
    <message>
        <source>{target} is not a valid database address.</source>
        <translation>{target} 不是有效的数据库地址。</translation>
    </message>
    <message>
        <source>{target} is a database of another program, not a Rapport database.</source>
        <translation>{target} 是其他程序的数据库，不是 Rapport 数据库。</translation>
    </message>
    <message>
        <source>{target} was written by a newer version of Rapport. Update Rapport to open it.</source>
        <translation>{target} 由更高版本的 Rapport 创建。请先更新 Rapport，再打开它。</translation>
    </message>
    <message>
        <source>{target} needs an upgrade before it can be used.</source>
        <translation>{target} 需要升级后才能使用。</translation>
    </message>
    <message>
        <source>The upgrade of {target} failed: {reason}. A copy from before the upgrade is at {backup}.</source>
        <translation>升级 {target} 失败：{reason}。升级前的副本位于 {backup}。</translation>
    </message>
    <message>
        <source>{target} is a database in memory; the window needs a file. Use --db with a file name.</source>
        <translation>{target} 是内存中的数据库，而窗口需要一个文件。请在 --db 中指定文件名。</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already be in Rapport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into Existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Coming soon</source>
        <translation>即将推出</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This company no longer exists. It may have been removed from the Trash.</source>
        <translation>该公司已不存在，可能已从回收站中删除。</translation>
    </message>
    <message>
        <source>“{name}” is in the Trash. Restore it first.</source>
        <translation>“{name}”在回收站中。请先将其还原。</translation>
    </message>
    <message>
        <source>This contact no longer exists. It may have been removed from the Trash.</source>
        <translation>该联系人已不存在，可能已从回收站中删除。</translation>
    </message>
    <message>
        <source>This interaction no longer exists.</source>
        <translation>该互动记录已不存在。</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <extracomment>Up to this many contacts in the Trash are passed to the agenda queries as values; more would exceed SQLite&apos;s parameter limit, so then a subquery finds them again.</extracomment>
        <translation>该任务已不存在。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Contact: {name}</source>
        <extracomment>The line the contact&apos;s name is written in, below the notes. The file is read by other people&apos;s apps, so the UI may pass it translated.</extracomment>
        <translation>联系人：{name}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Subscriber</source>
        <translation>订阅者</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>前客户</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>陌生电话</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>The channels an outcome can be logged on (Social is left to imports, as in quick_log).
----------
The channels, in the order the quick-log bar offers them (Social is not offered but may be stored by an import).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">电子邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
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
        <translation>新建联系人(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>关于 Rapport(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已保存到 {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>无法写入备份：{reason}</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>关于 Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;An offline-first CRM: contacts, conversations, follow-ups, deals and loyalty, in one file on your computer.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport {version}&lt;/h3&gt;&lt;p&gt;离线优先的 CRM：联系人、沟通记录、跟进、交易和忠诚度，全部保存在您电脑上的一个文件中。&lt;/p&gt;&lt;p&gt;数据库：{database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value to keep for each field. The interactions, tasks, tags, emails and phone numbers of both are kept on the contact that stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other contact instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (goes to the Trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions that move: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks that move: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags added: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses added: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers added: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” then goes to the Trash; Edit &gt; Undo puts both back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">职位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">公司</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation type="unfinished">未同意接收营销信息</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished">已同意接收营销信息</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Same as the computer&apos;s</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>e.g. Dilnoza Karimova</source>
        <translation>例如：王丽娜</translation>
    </message>
    <message>
        <source>A new language applies the next time Rapport starts.</source>
        <translation>新语言将在下次启动 Rapport 时生效。</translation>
    </message>
    <message>
        <source>Phone numbers without + are from:</source>
        <translation>不带 + 的电话号码所属国家/地区：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>QuickLogBar</name>
    <message>
        <source>When it happened, in local time</source>
        <extracomment>The channels offered, in this order (Social is left to imports). What was stored: an ``interactions.LoggedInteraction``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> 天</translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: {subject}</source>
        <translation type="unfinished">跟进：{subject}</translation>
    </message>
    <message>
        <source>Follow up: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rapport</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Rapport cannot open the database</source>
        <translation>Rapport 无法打开数据库</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed in the file.</source>
        <translation>{reason}

文件未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Reminder: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation type="unfinished">Rapport</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Every person and company, searchable as you type, with the whole history of each customer on one page.</source>
        <translation>所有个人和公司，输入即可搜索；每位客户的完整历史记录都集中在一个页面上。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Your follow-ups as an agenda: overdue, today, this week, later, done.</source>
        <translation>以日程形式查看您的跟进事项：已逾期、今天、本周、以后、已完成。</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Open deals on a board by stage, and a forecast of what the month will bring.</source>
        <translation>在看板上按阶段查看进行中的交易，并预测本月的成交情况。</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Purchases, points and tiers; who is new, loyal, growing, slipping or lapsed, and who to win back.</source>
        <translation>购买记录、积分和等级；哪些客户是新客户、忠实客户、增长中、正在流失或已流失，以及应该挽回哪些客户。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Charts of new customers, retention, revenue and the pipeline, month by month.</source>
        <translation>按月展示新客户、客户留存、收入和销售管道的图表。</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <source>Bring contacts in from Excel, CSV and vCard files, and take any list out.</source>
        <translation>从 Excel、CSV 和 vCard 文件导入联系人，并可导出任意列表。</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit Task</source>
        <extracomment>The time of day a reminder &quot;at the due time&quot; of a task without a time goes off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Follow up: {subject}</source>
        <extracomment>Titles of follow-ups when none is typed: stored text, so the UI should pass its own translated ``follow_up_title``; these are the English fallback.</extracomment>
        <translation>跟进：{subject}</translation>
    </message>
    <message>
        <source>Follow up on the {channel}</source>
        <translation>跟进（{channel}）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>No follow-ups yet.
Create one with New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished">所有负责人</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until Tomorrow, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until Monday, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished">任务</translation>
    </message>
    <message>
        <source>Completed “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of “{title}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} tasks to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Task “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Create {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %n contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {other} into {survivor}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Type the name of the company.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <source>Type a name: a first name, a last name or a display name.</source>
        <translation>请输入姓名：名字、姓氏或显示名称。</translation>
    </message>
    <message>
        <source>The first and last name together are {length} characters long, over the limit of {limit}. Type a shorter display name.</source>
        <translation>名字和姓氏合计 {length} 个字符，超过了 {limit} 个字符的上限。请输入较短的显示名称。</translation>
    </message>
    <message>
        <source>The chosen company no longer exists. Choose another one.</source>
        <translation>所选公司已不存在。请选择其他公司。</translation>
    </message>
    <message>
        <source>The company “{name}” is in the Trash. Restore it first or choose another company.</source>
        <translation>公司“{name}”在回收站中。请先将其还原，或选择其他公司。</translation>
    </message>
    <message>
        <source>A birthday cannot be in the future.</source>
        <translation>生日不能是将来的日期。</translation>
    </message>
    <message>
        <source>Too long: {length} characters. The limit is {limit}.</source>
        <translation>内容过长：{length} 个字符，上限为 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Contains a hidden character ({code}) at position {position} that cannot be stored. Remove it and try again.</source>
        <translation>第 {position} 个位置包含无法保存的隐藏字符（{code}）。请将其删除后重试。</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it has no @ sign.</source>
        <translation>“{value}”不是电子邮件地址：缺少 @ 符号。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it has more than one @ sign.</source>
        <translation>“{value}”不是电子邮件地址：包含多个 @ 符号。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: there is nothing before the @ sign.</source>
        <translation>“{value}”不是电子邮件地址：@ 符号前没有内容。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: there is nothing after the @ sign.</source>
        <translation>“{value}”不是电子邮件地址：@ 符号后没有内容。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: it contains a space.</source>
        <translation>“{value}”不是电子邮件地址：包含空格。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: the part after the @ sign needs a dot, as in example.com.</source>
        <translation>“{value}”不是电子邮件地址：@ 符号后的部分需要包含一个点，例如 example.com。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address. {reason}</source>
        <translation>“{value}”不是电子邮件地址。{reason}</translation>
    </message>
    <message>
        <source>“{value}” has no country code. Type the number with + and its country code (as in +1 202 555 0143), or choose your country in Preferences so that local numbers can be read.</source>
        <translation>“{value}”没有国家/地区代码。请输入带 + 和国家/地区代码的号码（例如 +1 202 555 0143），或在首选项中选择您所在的国家/地区，以便识别本地号码。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}”不是电话号码。</translation>
    </message>
    <message>
        <source>“{value}” does not start with a known country code.</source>
        <translation>“{value}”不是以已知的国家/地区代码开头。</translation>
    </message>
    <message>
        <source>“{value}” has too few digits for a phone number.</source>
        <translation>“{value}”的位数过少，不是有效的电话号码。</translation>
    </message>
    <message>
        <source>“{value}” has too many digits for a phone number.</source>
        <translation>“{value}”的位数过多，不是有效的电话号码。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number for the country code +{country_code}. Check the digits.</source>
        <translation>“{value}”不是国家/地区代码 +{country_code} 下的有效电话号码。请检查号码。</translation>
    </message>
    <message>
        <source>“{value}” is not a web address. Type it like example.com or https://www.example.com.</source>
        <translation>“{value}”不是网址。请按 example.com 或 https://www.example.com 的格式输入。</translation>
    </message>
    <message>
        <source>“{value}” is not a lifecycle stage. Choose one of: {choices}.</source>
        <translation>“{value}”不是有效的生命周期阶段。请从以下选项中选择：{choices}。</translation>
    </message>
    <message>
        <source>There are two custom fields named “{key}”.</source>
        <translation>有两个名为“{key}”的自定义字段。</translation>
    </message>
    <message>
        <source>The custom field “{key}” can hold text, a number, yes/no or nothing, not {kind}.</source>
        <translation>自定义字段“{key}”只能包含文本、数字、是/否或留空，不能是 {kind}。</translation>
    </message>
    <message>
        <source>The custom field “{key}” holds {value}, which is not a number that can be stored.</source>
        <translation>自定义字段“{key}”的值 {value} 不是可以存储的数字。</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices: {choices}.</source>
        <translation>“{value}”不是可选值。可选值：{choices}。</translation>
    </message>
    <message>
        <source>A follow-up can be due {minimum} to {maximum} days ahead, not {value}.</source>
        <translation>跟进事项的到期时间只能设在 {minimum} 到 {maximum} 天之后，不能是 {value}。</translation>
    </message>
    <message>
        <source>The chosen task no longer exists.</source>
        <translation>所选任务已不存在。</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself. Choose another contact.</source>
        <extracomment>The choices of the merge dialog -&gt; the Contact columns each one sets together.</extracomment>
        <translation>联系人不能与自身合并。请选择其他联系人。</translation>
    </message>
    <message>
        <source>“{name}” is not in the Trash. Move it to the Trash first.</source>
        <translation>“{name}”不在回收站中。请先将其移到回收站。</translation>
    </message>
    <message>
        <source>The chosen contact no longer exists. Choose another one.</source>
        <translation>所选联系人已不存在。请选择其他联系人。</translation>
    </message>
    <message>
        <source>The contact “{name}” is in the Trash. Restore it first or choose another contact.</source>
        <translation>联系人“{name}”在回收站中。请先将其还原，或选择其他联系人。</translation>
    </message>
    <message>
        <source>The time {value} has no time zone, so the moment it means is unknown.</source>
        <translation>时间 {value} 没有时区，因此无法确定它所指的具体时刻。</translation>
    </message>
    <message>
        <source>The due time {due_at} is not on the due date {due_date}.</source>
        <translation>到期时间 {due_at} 不在到期日期 {due_date} 当天。</translation>
    </message>
    <message>
        <source>“{value}” is not a priority. Choose one of: {choices}.</source>
        <translation>“{value}”不是有效的优先级。请选择以下之一：{choices}。</translation>
    </message>
    <message>
        <source>There is no company called “{name}”. Choose one from the list, or clear the field for no company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder at the due time needs a due date. Choose one, or another reminder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
