<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>{count} more not shown: narrow the list with the filters</source>
        <translation>另有 {count} 项未显示：请使用筛选条件缩小范围</translation>
    </message>
    <message>
        <source>{bucket} ({count})</source>
        <translation>{bucket}（{count}）</translation>
    </message>
</context>
<context>
    <name>CompanyBox</name>
    <message>
        <source>No company</source>
        <translation>无公司</translation>
    </message>
</context>
<context>
    <name>CompanyCard</name>
    <message>
        <source>This company is in the Trash.</source>
        <translation>该公司在回收站中。</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>New Company</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>For example: example.com</source>
        <translation>例如：example.com</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>邮政编码：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+左方向键）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message numerus="yes">
        <source>People (%Ln)</source>
        <translation>
            <numerusform>人员 (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete Task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Log what came of “{title}” with {contact}?</source>
        <translation>是否记录与{contact}的“{title}”的结果？</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>沟通情况(&amp;W)：</translation>
    </message>
    <message>
        <source>Complete and Log</source>
        <translation>完成并记录</translation>
    </message>
    <message>
        <source>Complete without Logging</source>
        <translation>完成但不记录</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>{title} at {company}</source>
        <extracomment>The company&apos;s name was clicked: open its page.</extracomment>
        <translation>{company} {title}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>阶段：{stage}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>负责人：{owner}</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>未同意接收营销信息</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>已同意接收营销信息</translation>
    </message>
    <message>
        <source>Opted in on {date}</source>
        <translation>已于 {date} 同意接收营销信息</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Last contact: today</source>
        <translation>最近联系：今天</translation>
    </message>
    <message>
        <source>Last contact: yesterday</source>
        <translation>最近联系：昨天</translation>
    </message>
    <message numerus="yes">
        <source>Last contact: %Ln day(s) ago</source>
        <translation>
            <numerusform>最近联系：%Ln 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Made from the first and last name</source>
        <translation>由名字和姓氏自动生成</translation>
    </message>
    <message>
        <source>For example: signed form at the shop</source>
        <translation>例如：在门店签署的表格</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>Agreed to receive marketing</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>名字：</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>姓氏：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>公司：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>职位：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Other emails:</source>
        <translation>其他电子邮件：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>其他电话：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Sales &amp;&amp; Consent</source>
        <translation>销售与营销许可</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>生命周期阶段：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>营销许可：</translation>
    </message>
    <message>
        <source>Opted in on:</source>
        <translation>同意日期：</translation>
    </message>
    <message>
        <source>How obtained:</source>
        <translation>获取方式：</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>省/地区：</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>邮政编码：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>返回列表（Alt+Left）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <source>A task to follow up the chosen interaction (Menu key on a row)</source>
        <translation>为所选互动记录创建跟进任务（也可在该行上按菜单键）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待跟进事项</translation>
    </message>
    <message>
        <source>Deals, purchases and loyalty</source>
        <translation>交易、购买与忠诚度</translation>
    </message>
    <message>
        <source>Deals, purchases and loyalty appear here in later releases.</source>
        <translation>交易、购买和忠诚度信息将在后续版本中显示在这里。</translation>
    </message>
    <message>
        <source>{title} — due {date}</source>
        <translation>{title} — {date} 到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%Ln interaction(s))</source>
        <translation>
            <numerusform>时间线（%Ln 条互动记录）</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up: {subject}</source>
        <translation>跟进：{subject}</translation>
    </message>
    <message>
        <source>Follow up: {channel}</source>
        <translation>跟进：{channel}</translation>
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
        <source>Any company</source>
        <translation>任何公司</translation>
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
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <source>Merge These Two…</source>
        <translation>合并这两个联系人…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n contact(s) to the Trash</source>
        <translation>
            <numerusform>已将 %n 个联系人移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s)</source>
        <translation>
            <numerusform>已还原 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Delete every contact in the Trash for good, with their interactions and tasks? This cannot be undone.</source>
        <translation>要永久删除回收站中的所有联系人及其互动记录和任务吗？此操作无法撤消。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good</source>
        <translation>
            <numerusform>已永久删除 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
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
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This person may already be in Rapport:</source>
        <translation>此人可能已在 Rapport 中：</translation>
    </message>
    <message>
        <source>Open Existing</source>
        <translation>打开现有联系人</translation>
    </message>
    <message>
        <source>Merge into Existing…</source>
        <translation>合并到现有联系人…</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation>返回编辑</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>similar name at the same company</source>
        <translation>同一公司中姓名相似</translation>
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
        <source>“{name}” has contacts now, so creating it cannot be undone.</source>
        <translation>“{name}”现在已有联系人，因此无法撤消其创建。</translation>
    </message>
    <message>
        <source>“{name}” cannot be created again: another company has taken its place.</source>
        <translation>无法再次创建“{name}”：它的位置已被另一家公司占用。</translation>
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
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
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
        <translation>
            <numerusform>%Ln 项已逾期</numerusform>
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
        <translation>合并联系人</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field. The interactions, tasks, tags, emails and phone numbers of both are kept on the contact that stays.</source>
        <translation>请为每个字段选择要保留的值。两个联系人的互动记录、任务、标签、电子邮件和电话号码都将保留在留下的联系人中。</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>互换</translation>
    </message>
    <message>
        <source>Keep the other contact instead</source>
        <translation>改为保留另一个联系人</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>{name} (stays)</source>
        <translation>{name}（保留）</translation>
    </message>
    <message>
        <source>{name} (goes to the Trash)</source>
        <translation>{name}（移到回收站）</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <source>Interactions that move: {count}</source>
        <translation>转移的互动记录：{count}</translation>
    </message>
    <message>
        <source>Tasks that move: {count}</source>
        <translation>转移的任务：{count}</translation>
    </message>
    <message>
        <source>Tags added: {values}</source>
        <translation>新增标签：{values}</translation>
    </message>
    <message>
        <source>Email addresses added: {values}</source>
        <translation>新增电子邮件地址：{values}</translation>
    </message>
    <message>
        <source>Phone numbers added: {values}</source>
        <translation>新增电话号码：{values}</translation>
    </message>
    <message>
        <source>“{name}” then goes to the Trash; Edit &gt; Undo puts both back.</source>
        <translation>随后“{name}”将移到回收站；使用“编辑 &gt; 撤消”可恢复这两个联系人。</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation>主电子邮件</translation>
    </message>
    <message>
        <source>Primary phone</source>
        <translation>主电话</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
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
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Not opted in</source>
        <translation>未同意接收营销信息</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>已同意接收营销信息</translation>
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
        <extracomment>What was stored: an ``interactions.LoggedInteraction``.</extracomment>
        <translation>发生时间（本地时间）</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>What was said or done</source>
        <translation>说了什么或做了什么</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow up in</source>
        <translation>跟进时间</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Log it (Ctrl+Return)</source>
        <translation>记录（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Follow up: {subject}</source>
        <translation>跟进：{subject}</translation>
    </message>
    <message>
        <source>Follow up: {channel}</source>
        <translation>跟进：{channel}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
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
        <translation>提醒：{title}</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>到期：{when}</translation>
    </message>
    <message>
        <source>Reminders ({count})</source>
        <translation>提醒（{count}）</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>还有 {count} 项</translation>
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
        <translation>重新安排任务</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无到期日期</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>到期日期：</translation>
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
        <translation>多个标签用逗号分隔</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit Task</source>
        <extracomment>The time of day a reminder &quot;at the due time&quot; of a task without a time goes off.</extracomment>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>到期时</translation>
    </message>
    <message>
        <source>At…</source>
        <translation>指定时间…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>到期：</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
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
        <translation>还没有跟进事项。
请通过“新建任务…”创建。</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>所有优先级</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Until Tomorrow, {time}</source>
        <translation>至明天 {time}</translation>
    </message>
    <message>
        <source>Until Monday, {time}</source>
        <translation>至周一 {time}</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>重新安排…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>重新分配…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export to .ics…</source>
        <translation>导出为 .ics…</translation>
    </message>
    <message>
        <source>No tasks match these filters.</source>
        <translation>没有符合这些筛选条件的任务。</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: {reason}</source>
        <translation>无法加载任务：{reason}</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Completed “{title}”</source>
        <translation>已完成“{title}”</translation>
    </message>
    <message>
        <source>Snoozed “{title}”</source>
        <translation>已推迟“{title}”</translation>
    </message>
    <message>
        <source>Rescheduled “{title}”</source>
        <translation>已重新安排“{title}”</translation>
    </message>
    <message>
        <source>Reassign Task</source>
        <translation>重新分配任务</translation>
    </message>
    <message>
        <source>Owner of “{title}”:</source>
        <translation>“{title}”的负责人：</translation>
    </message>
    <message>
        <source>Reassigned “{title}”</source>
        <translation>已重新分配“{title}”</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>已删除“{title}”</translation>
    </message>
    <message>
        <source>Export Tasks</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Exporting tasks…</source>
        <translation>正在导出任务…</translation>
    </message>
    <message>
        <source>Exported {count} tasks to {path}</source>
        <translation>已将 {count} 个任务导出到 {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The tasks could not be exported: {reason}</source>
        <translation>无法导出任务：{reason}</translation>
    </message>
    <message>
        <source>Delete Task “{title}”</source>
        <translation>删除任务“{title}”</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Create {name}</source>
        <translation>创建联系人“{name}”</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑联系人“{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>删除 %n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>还原 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>删除联系人“{name}”</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>还原联系人“{name}”</translation>
    </message>
    <message>
        <source>Merge {other} into {survivor}</source>
        <translation>将“{other}”合并到“{survivor}”</translation>
    </message>
    <message>
        <source>Create {name}</source>
        <comment>company</comment>
        <translation>创建公司“{name}”</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>company</comment>
        <translation>编辑公司“{name}”</translation>
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
        <translation>没有名为“{name}”的公司。请从列表中选择，或清空此字段表示无公司。</translation>
    </message>
    <message>
        <source>A reminder at the due time needs a due date. Choose one, or another reminder.</source>
        <translation>“到期时”提醒需要设置到期日期。请设置日期，或选择其他提醒方式。</translation>
    </message>
</context>
</TS>
