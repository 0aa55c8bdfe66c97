<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
</context>
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
    <name>Analytics</name>
    <message>
        <source>The pipeline has no deals, so there is nothing to export.</source>
        <translation>该销售管道中没有交易，因此没有可导出的内容。</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>阶段转化</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>阶段停留时间</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Weighted value of open deals</source>
        <translation>进行中交易的加权金额</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到达数</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Finished visits</source>
        <translation>已结束停留次数</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Money figures count the deals in {currency}; counts take every deal.</source>
        <translation>金额只统计以 {currency} 计价的交易；数量统计所有交易。</translation>
    </message>
    <message>
        <source>Open deals with no expected close (weighted)</source>
        <translation>未设预计结单日期的进行中交易（加权）</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>生成程序</translation>
    </message>
</context>
<context>
    <name>BarsChart</name>
    <message>
        <source>{series}
{category}: {value}</source>
        <extracomment>Bands with more than this many entries put the legend at the side (a row of them below a chart half a window wide cuts their names short). What a chart&apos;s width has besides its plot: the value axis, its title, margins. The room QtCharts leaves on each side of an axis label. Eight distinct colours for named bands (Tableau 10), then the &quot;other&quot; and &quot;none&quot; ones: QtCharts&apos; own theme has five, and pales the sixth and later into the background.</extracomment>
        <translation>{series}
{category}：{value}</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>column: when</comment>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Undone on {when}</source>
        <translation>已于 {when} 撤消</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤消</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>status</comment>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>weighted {weighted}</source>
        <translation>加权 {weighted}</translation>
    </message>
    <message numerus="yes">
        <source>and %n other currencies</source>
        <translation>
            <numerusform>另有 %n 种其他币种</numerusform>
        </translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>没有交易</translation>
    </message>
    <message>
        <source>Win probability {p} %</source>
        <translation>成交概率 {p}%</translation>
    </message>
</context>
<context>
    <name>CampaignAsk</name>
    <message>
        <source>Log campaign</source>
        <translation>记录营销活动</translation>
    </message>
    <message numerus="yes">
        <source>An outbound interaction is logged now on each of the %n contact(s) of this list, and becomes their last contact.</source>
        <translation>
            <numerusform>将立即为此列表中的 %n 个联系人各记录一条发出的互动记录，并作为其最近联系。</numerusform>
        </translation>
    </message>
    <message>
        <source>What was sent (optional)</source>
        <translation>发送内容（可选）</translation>
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
        <source>&amp;Text:</source>
        <translation>正文(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>Log on %n contact(s)</source>
        <translation>
            <numerusform>为 %n 个联系人记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>This list holds no contacts, so there is nothing to do. Recompute, or choose another list.</source>
        <translation>此列表中没有联系人，因此无需操作。请重新计算，或选择其他列表。</translation>
    </message>
    <message>
        <source>None of the {count} contacts in this list opted in to marketing, so nothing was exported.</source>
        <translation>此列表的 {count} 个联系人均未同意接收营销信息，因此未导出任何内容。</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>overdue</source>
        <extracomment>Party names are read for this many cards around the one being painted. Reads the party names of some cards (board.party_names in a unit of work). Deal ids dropped on this column: (ids, this column&apos;s stage id).</extracomment>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ChartFiles</name>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>无法编码图像</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: {reason}</source>
        <translation>无法将图表保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved the chart to {path}</source>
        <translation>已将图表保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <extracomment>The workbook was written: its path.</extracomment>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Exporting “{chart}”…</source>
        <translation>正在导出“{chart}”…</translation>
    </message>
    <message>
        <source>Exported the data to {path}</source>
        <translation>已将数据导出到 {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>未导出任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Deal Lost</source>
        <translation>交易丢单</translation>
    </message>
    <message>
        <source>Deal Won</source>
        <translation>交易成交</translation>
    </message>
    <message>
        <source>Moving the deal to “{stage}” closes it.</source>
        <translation>将交易移到“{stage}”后即结单。</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>结单日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Add reason…</source>
        <translation>添加原因…</translation>
    </message>
    <message>
        <source>A new reason</source>
        <translation>新原因</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未说明原因</translation>
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
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write this company&apos;s people to a file</source>
        <translation>将该公司的人员导出到文件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>people</source>
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
    <name>ContactBox</name>
    <message>
        <source>No contact</source>
        <translation>无联系人</translation>
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
    <name>ContactListDialog</name>
    <message>
        <source>Counting…</source>
        <extracomment>The list was counted and is shown. A bulk action ended (its count; 0 when it failed).</extracomment>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Create follow-ups…</source>
        <translation>创建跟进任务…</translation>
    </message>
    <message>
        <source>Log campaign…</source>
        <translation>记录营销活动…</translation>
    </message>
    <message>
        <source>Export for mailing…</source>
        <translation>导出用于邮件群发…</translation>
    </message>
    <message>
        <source>Only the contacts who opted in to marketing are exported.</source>
        <translation>只导出已同意接收营销信息的联系人。</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>打开联系人</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts in this list now.</source>
        <translation>此列表当前没有联系人。</translation>
    </message>
    <message>
        <source>Follow up: {list}</source>
        <translation>跟进：{list}</translation>
    </message>
    <message>
        <source>Create follow-ups</source>
        <translation>创建跟进任务</translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>已创建 %n 个跟进任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log campaign</source>
        <translation>记录营销活动</translation>
    </message>
    <message numerus="yes">
        <source>Logged the campaign on %n contact(s).</source>
        <translation>
            <numerusform>已为 %n 个联系人记录该营销活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) who opted in to marketing to {path}.</source>
        <translation>
            <numerusform>已将 %n 个已同意接收营销信息的联系人导出到 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of the list were left out for lack of consent.</source>
        <translation>
            <numerusform>列表中有 %n 个联系人因未获营销许可而未导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone in the list opted in.</source>
        <translation>列表中的所有人都已同意接收营销信息。</translation>
    </message>
    <message>
        <source>Export for mailing</source>
        <translation>导出用于邮件群发</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <extracomment>A page landed (its number).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
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
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>已同意接收营销信息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费额</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>(deleted since the list was opened)</source>
        <translation>（打开列表后已删除）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
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
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the contacts this search and these filters show to a file</source>
        <translation>将当前搜索和筛选条件下显示的联系人导出到文件</translation>
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
        <source>contacts</source>
        <translation>联系人</translation>
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
    <name>Dashboard</name>
    <message>
        <source>No source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Bought again within a year</source>
        <translation>一年内再次购买</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终结果</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Not yet, less than a year so far</source>
        <translation>尚未，不满一年</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>各等级收入</translation>
    </message>
    <message>
        <source>Reactivated customers</source>
        <translation>重新激活的客户</translation>
    </message>
    <message>
        <source>Reactivations</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中的交易</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中的销售管道</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Recompute</source>
        <extracomment>The section is at least this wide (pixels) for two charts side by side: a window of 1,280 pixels and more, beside the sidebar. The stored figures were read and are shown (or the empty state is). The Recompute button was pressed: the window runs the recompute. What is on screen: None before the first recompute (or a load).</extracomment>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Work out every customer&apos;s standing and these figures again</source>
        <translation>重新计算每位客户的状况和这些数据</translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation>立即重新计算</translation>
    </message>
    <message>
        <source>New customers by source</source>
        <translation>各来源的新客户</translation>
    </message>
    <message>
        <source>Customers whose first purchase fell in the month, by where they came from.</source>
        <translation>当月首次购买的客户，按来源统计。</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>复购</translation>
    </message>
    <message>
        <source>Of the customers who first bought in the month, the share who bought again within a year (365 days). Dashed: less than a year has passed, the share may still rise.</source>
        <translation>当月首次购买的客户中，一年（365 天）内再次购买的比例。虚线表示尚不满一年，该比例可能仍会上升。</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>各等级收入</translation>
    </message>
    <message>
        <source>Purchases by month, by the tier their buyer holds now.</source>
        <translation>每月购买金额，按购买者当前所属等级统计。</translation>
    </message>
    <message>
        <source>Reactivations</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <source>Lapsed customers who bought again, by the month they came back.</source>
        <translation>再次购买的已流失客户，按其回归的月份统计。</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>进行中的销售管道</translation>
    </message>
    <message>
        <source>Open deals by stage: their value, and their value weighted by the chance of winning them.</source>
        <translation>按阶段统计的进行中交易：金额，以及按成交概率加权的金额。</translation>
    </message>
    <message>
        <source>The figures could not be read: {reason}</source>
        <translation>无法读取数据：{reason}</translation>
    </message>
    <message>
        <source>No figures to show</source>
        <translation>没有可显示的数据</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>尚未计算。</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>The Dashboard charts new customers by source, repeat purchases, revenue by tier, reactivations and the open pipeline. The recompute works them out after imports and whenever you ask for it.</source>
        <translation>仪表板以图表展示各来源的新客户、复购、各等级收入、重新激活以及进行中的销售管道。每次导入后以及您要求时，系统都会重新计算这些数据。</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>暂无可绘制的数据</translation>
    </message>
    <message>
        <source>No customer has bought anything in the last two years and no deal is open. Log purchases or import them, then recompute.</source>
        <translation>过去两年内没有客户购买过任何商品，也没有进行中的交易。请记录或导入购买，然后重新计算。</translation>
    </message>
    <message>
        <source>Computed on {date} at {time}.</source>
        <translation>计算于 {date} {time}。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reactivated customers</source>
        <translation>重新激活的客户</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中的交易</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>总金额</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>显示内容</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>{currency}, the loyalty programme&apos;s: purchases in other currencies are not counted.</source>
        <translation>{currency}，即忠诚度计划的币种：不统计其他币种的购买。</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>{currency}: the values count the deals in {currency}. Open deals in other currencies, counted but not summed: {count}.</source>
        <translation>{currency}：金额只统计以 {currency} 计价的交易。其他币种的进行中交易已计数但未计入金额：{count} 笔。</translation>
    </message>
    <message>
        <source>Computed on</source>
        <translation>计算时间</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>生成程序</translation>
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
    <name>DealDialog</name>
    <message>
        <source>Deal: {title}</source>
        <translation>交易：{title}</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>新建交易</translation>
    </message>
    <message>
        <source>What is being sold, and to whom</source>
        <translation>卖什么，卖给谁</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>公司(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>金额(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>销售管道(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>预计结单日期(&amp;E)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>概率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the deal to the Trash (Edit &gt; Undo brings it back)</source>
        <translation>将交易移到回收站（使用“编辑 &gt; 撤消”可恢复）</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>于 {date} {status}</translation>
    </message>
    <message>
        <source>This deal is in the Trash.</source>
        <translation>该交易在回收站中。</translation>
    </message>
    <message>
        <source>The stage&apos;s ({percent} %)</source>
        <translation>按阶段（{percent}%）</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Contact or company</source>
        <translation>联系人或公司</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计结单日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结单日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>DealsBlock</name>
    <message>
        <source>Deals</source>
        <extracomment>A deal form was opened (tests and the main window may want it). The deals shown were (re)read: a list of DealRecord.</extracomment>
        <translation>交易</translation>
    </message>
    <message>
        <source>Double-click or Enter opens a deal</source>
        <translation>双击或按 Enter 键打开交易</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建交易…</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>预计 {date} 结单</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>自 {date} 起已逾期</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>{date} 结单</translation>
    </message>
    <message numerus="yes">
        <source>Deals (%Ln open)</source>
        <translation>
            <numerusform>交易（%Ln 笔进行中）</numerusform>
        </translation>
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
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
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
    <message>
        <source>This deal no longer exists.</source>
        <translation>该交易已不存在。</translation>
    </message>
    <message>
        <source>The deal “{title}” is in the Trash.</source>
        <translation>交易“{title}”在回收站中。</translation>
    </message>
    <message>
        <source>The deal “{title}” has moved since, so this move cannot be taken back.</source>
        <translation>交易“{title}”此后又被移动过，因此无法撤消此次移动。</translation>
    </message>
    <message>
        <source>This pipeline no longer exists.</source>
        <translation>该销售管道已不存在。</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>该阶段已不存在。</translation>
    </message>
    <message>
        <source>This lost reason no longer exists.</source>
        <translation>该丢单原因已不存在。</translation>
    </message>
    <message>
        <source>The tier “{name}” no longer exists. Close the settings and open them again.</source>
        <translation>等级“{name}”已不存在。请关闭设置后重新打开。</translation>
    </message>
    <message>
        <source>This points entry no longer exists.</source>
        <translation>该积分记录已不存在。</translation>
    </message>
    <message>
        <source>This purchase no longer exists.</source>
        <translation>该购买已不存在。</translation>
    </message>
    <message>
        <source>This purchase is in the Trash.</source>
        <translation>该购买在回收站中。</translation>
    </message>
    <message>
        <source>This purchase is not in the Trash.</source>
        <translation>该购买不在回收站中。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Contacts</source>
        <extracomment>A sentence of the About text: a template and its values.</extracomment>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dates and times are the local time of the computer that exported them ({zone} when exported). Rapport stores them in UTC.</source>
        <translation>日期和时间均为执行导出的电脑的本地时间（导出时为 {zone}）。Rapport 以 UTC 存储这些时间。</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>生成程序</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>已截断</translation>
    </message>
    <message>
        <source>{count} cells held more than 32,767 characters, all a workbook cell can hold, and were cut there. Export as .csv to keep all the text.</source>
        <translation>{count} 个单元格的内容超过 32,767 个字符（工作簿单元格的上限），已在此处截断。如需保留全部文本，请导出为 .csv。</translation>
    </message>
    <message>
        <source>Tags: {names}</source>
        <translation>标签：{names}</translation>
    </message>
    <message>
        <source>Lifecycle stage: {names}</source>
        <translation>生命周期阶段：{names}</translation>
    </message>
    <message>
        <source>Source: {names}</source>
        <translation>来源：{names}</translation>
    </message>
    <message>
        <source>Owner: {names}</source>
        <translation>负责人：{names}</translation>
    </message>
    <message>
        <source>Company: {name}</source>
        <translation>公司：{name}</translation>
    </message>
    <message>
        <source>Company: a name that is no company</source>
        <translation>公司：不存在的公司名称</translation>
    </message>
    <message>
        <source>Opted in to marketing</source>
        <translation>已同意接收营销信息</translation>
    </message>
    <message>
        <source>Not opted in to marketing</source>
        <translation>未同意接收营销信息</translation>
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
        <source>No contact for {days} days</source>
        <translation>{days} 天未联系</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>Priority: {name}</source>
        <translation>优先级：{name}</translation>
    </message>
    <message>
        <source>Status: {names}</source>
        <translation>状态：{names}</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <extracomment>The line the contact&apos;s name is written in, below the notes. The file is read by other people&apos;s apps, so the UI may pass it translated.</extracomment>
        <translation>联系人：{name}</translation>
    </message>
    <message>
        <source>From {moment}</source>
        <translation>从 {moment} 起</translation>
    </message>
    <message>
        <source>Before {moment}</source>
        <translation>{moment} 之前</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}.</source>
        <extracomment>The export formats, by file suffix. The write buffer of export files. Each write to a file releases the GIL, and a worker that does so every millisecond starves the GUI thread (see xlsx_writer._buffer_rows); 1 MiB means a few writes a second. Data rows a workbook sheet holds below its header (Excel&apos;s limit).</extracomment>
        <translation>无法写入“{path}”：{reason}。</translation>
    </message>
    <message>
        <source>“{name}” is not a file Rapport can write. Name it .xlsx, .csv or .vcf.</source>
        <translation>“{name}”不是 Rapport 可以写入的文件类型。请使用 .xlsx、.csv 或 .vcf 作为扩展名。</translation>
    </message>
    <message>
        <source>vCard files hold contacts only. Choose .xlsx or .csv for this export.</source>
        <translation>vCard 文件只能保存联系人。请为此次导出选择 .xlsx 或 .csv 格式。</translation>
    </message>
    <message>
        <source>{count} rows are more than a workbook holds ({limit}). Export them as .csv.</source>
        <translation>{count} 行超出了工作簿可容纳的行数（{limit}）。请导出为 .csv 文件。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>vCard address book (*.vcf)</source>
        <translation>vCard 通讯录 (*.vcf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Pipeline: {name}</source>
        <translation>销售管道：{name}</translation>
    </message>
    <message>
        <source>Close date from {date}</source>
        <translation>结单日期从 {date} 起</translation>
    </message>
    <message>
        <source>Close date until {date}</source>
        <translation>结单日期截至 {date}</translation>
    </message>
    <message>
        <source>Won or lost from {date}</source>
        <translation>{date} 起成交或丢单</translation>
    </message>
    <message>
        <source>{pipeline} deals</source>
        <translation>{pipeline} 交易</translation>
    </message>
    <message>
        <source>List: {name}</source>
        <extracomment>The About sheet&apos;s line naming the list (the &quot;Export&quot; context, as every line there).</extracomment>
        <translation>列表：{name}</translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message>
        <source>Cancel</source>
        <extracomment>run(session, path, fmt=..., progress=..., cancel=..., translate=...) -&gt; ExportResult The ExportResult, or None when it failed or was cancelled.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>未导出任何内容：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 个联系人导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n company(ies) to {path}</source>
        <translation>
            <numerusform>已将 %n 家公司导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 个任务导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 笔交易导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interaction(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 条互动记录导出到 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rapport reads the file&apos;s header and first rows.</source>
        <translation>Rapport 会读取文件的标题行和前几行。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Import as:</source>
        <translation>导入为(&amp;I)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
</context>
<context>
    <name>FollowUpAsk</name>
    <message>
        <source>Create follow-ups</source>
        <translation>创建跟进任务</translation>
    </message>
    <message numerus="yes">
        <source>A follow-up task for each of the %n contact(s) of this list, assigned to the contact’s owner.</source>
        <translation>
            <numerusform>为此列表中的 %n 个联系人各创建一个跟进任务，并分配给联系人的负责人。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>Create %n task(s)</source>
        <translation>
            <numerusform>创建 %n 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Weighted value of open deals, by expected close</source>
        <translation>进行中交易的加权金额（按预计结单月份）</translation>
    </message>
    <message>
        <source>Won value, by close month</source>
        <translation>成交金额（按结单月份）</translation>
    </message>
    <message>
        <source>{series}
{month}: {amount}</source>
        <translation>{series}
{month}：{amount}</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Currency:</source>
        <extracomment>A line for the window&apos;s status bar. A report is on screen (after each load). The workbook was written: its path. What is on screen, or None before the first load lands. Today&apos;s date, for the chart&apos;s months (tests fix it).</extracomment>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
    <message>
        <source>Loading the forecast…</source>
        <translation>正在加载预测…</translation>
    </message>
    <message>
        <source>No deals in this pipeline yet</source>
        <translation>此销售管道中还没有交易</translation>
    </message>
    <message>
        <source>Add deals on the board. Here you will then see the weighted value of the open deals by the month they are expected to close, the won value by month, how deals move from stage to stage, how long they stay in each, and which sources win.</source>
        <translation>请在看板上添加交易。之后您将在这里看到：按预计结单月份统计的进行中交易加权金额、每月成交金额、交易在各阶段之间的流转、在每个阶段停留的时长，以及哪些来源带来成交。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到达数</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Finished visits</source>
        <translation>已结束停留次数</translation>
    </message>
    <message>
        <source>Mean days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>阶段转化</translation>
    </message>
    <message>
        <source>Deals that reached each stage, and the share of them that reached the next.</source>
        <translation>到达各阶段的交易数，以及其中进入下一阶段的比例。</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>阶段停留时间</translation>
    </message>
    <message>
        <source>Mean days of the visits that have ended.</source>
        <translation>已结束的阶段停留的平均天数。</translation>
    </message>
    <message>
        <source>Acquisition sources</source>
        <translation>获客来源</translation>
    </message>
    <message>
        <source>Won and lost deals by source; the average counts the won deals.</source>
        <translation>按来源统计的成交和丢单交易数；平均值只计算成交的交易。</translation>
    </message>
    <message>
        <source>Money figures count the deals in {currency}; counts take every deal.</source>
        <translation>金额只统计以 {currency} 计价的交易；数量统计所有交易。</translation>
    </message>
    <message>
        <source>Open deals with no expected close, weighted: {amount} (not in the chart).</source>
        <translation>未设预计结单日期的进行中交易，加权金额：{amount}（未计入图表）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The forecast could not be read: {reason}</source>
        <translation>无法读取预测：{reason}</translation>
    </message>
    <message>
        <source>{pipeline} forecast</source>
        <translation>{pipeline} 预测</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <source>Exporting the forecast…</source>
        <translation>正在导出预测…</translation>
    </message>
    <message>
        <source>Exported the forecast to {path}</source>
        <translation>已将预测导出到 {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>未导出任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>仍在此阶段</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Line {line} of {name} cannot be read as CSV: {reason}.</source>
        <translation>{name} 的第 {line} 行无法按 CSV 格式读取：{reason}。</translation>
    </message>
    <message>
        <source>“{delimiter}” cannot separate columns: choose one character, not a quote.</source>
        <translation>“{delimiter}”不能用作列分隔符：请选择单个字符，且不能是引号。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 为空。</translation>
    </message>
    <message>
        <source>The text encoding was guessed; if letters look wrong, choose another one.</source>
        <extracomment>Mess ratios this close count as a tie: on a few lines of Polish the detector gives the right code page 0.2 and the wrong one 0; a wrong alphabet scores 0.3-1.5.</extracomment>
        <translation>文本编码是推测得出的；如果文字显示不正确，请选择其他编码。</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>{name} 不是文本文件（其中包含二进制数据）。</translation>
    </message>
    <message>
        <source>“{encoding}” is not a known text encoding.</source>
        <translation>“{encoding}”不是已知的文本编码。</translation>
    </message>
    <message>
        <source>Some rows have more cells than the header row; the extra cells were ignored.</source>
        <extracomment>Non-empty rows examined for the header. Rows read ahead below the header to learn which columns hold data. Empty columns allowed between unnamed columns of data past the header. A header label is at most this long; longer text is data (a note, an address). Shown in the preview (translated there) when some row is wider than the header.</extracomment>
        <translation>部分行的单元格数多于标题行；多出的单元格已被忽略。</translation>
    </message>
    <message>
        <source>There is no import number {id}.</source>
        <translation>不存在编号为 {id} 的导入。</translation>
    </message>
    <message>
        <source>Import {id} was already undone on {when}.</source>
        <translation>编号为 {id} 的导入已于 {when} 撤消。</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows below it.</source>
        <translation>{name} 只有标题行，下面没有数据行。</translation>
    </message>
    <message>
        <source>The mapping has {mapped} columns but the file has {columns}.</source>
        <translation>映射包含 {mapped} 列，但文件有 {columns} 列。</translation>
    </message>
    <message>
        <source>{name} was not found (moved or deleted?).</source>
        <translation>找不到 {name}（可能已被移动或删除）。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Excel 97-2003 (.xls) workbook; remove the password or save it as .xlsx, then import it again.</source>
        <translation>{name} 受密码保护，或者是旧版 Excel 97-2003 (.xls) 工作簿；请移除密码或将其另存为 .xlsx，然后重新导入。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook but a text file; if it is CSV, rename it .csv.</source>
        <translation>{name} 不是 Excel 工作簿，而是文本文件；如果它是 CSV 文件，请将其重命名为 .csv。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>{name} 不是 Excel 工作簿 (.xlsx)，或者文件已损坏。</translation>
    </message>
    <message>
        <source>{name} has no data.</source>
        <translation>{name} 中没有数据。</translation>
    </message>
    <message>
        <source>The file contained NUL characters; they were removed.</source>
        <translation>文件中包含 NUL 字符，已将其删除。</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not valid {encoding} text; choose another encoding.</source>
        <translation>{name} 的第 {line} 行不是有效的 {encoding} 文本；请选择其他编码。</translation>
    </message>
    <message>
        <source>Line {line} of {name} is too long to be a line of text.</source>
        <translation>{name} 的第 {line} 行过长，不是有效的文本行。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} could not be read to the end (line {line}): {reason}</source>
        <translation>{name} 未能完整读取（第 {line} 行）：{reason}</translation>
    </message>
    <message>
        <source>Line {line} of {name} is not a vCard property (broken line folding?).</source>
        <translation>{name} 的第 {line} 行不是 vCard 属性（可能是折行有误）。</translation>
    </message>
    <message>
        <source>The card that begins on line {line} of {name} never ends (END:VCARD missing).</source>
        <translation>{name} 中从第 {line} 行开始的名片没有结束（缺少 END:VCARD）。</translation>
    </message>
    <message>
        <source>{name} contains no vCards.</source>
        <translation>{name} 中没有任何 vCard。</translation>
    </message>
    <message>
        <source>{name} is damaged or is not a complete Excel workbook.</source>
        <translation>{name} 已损坏，或不是完整的 Excel 工作簿。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx).</source>
        <translation>{name} 不是 Excel 工作簿 (.xlsx)。</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet; save it as .xlsx or .csv first.</source>
        <translation>{name} 是 OpenDocument 电子表格；请先将其另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>{name} contains XML that is not safe to read (entity declarations).</source>
        <translation>{name} 包含无法安全读取的 XML（实体声明）。</translation>
    </message>
    <message>
        <source>{name} is password-protected.</source>
        <translation>{name} 受密码保护。</translation>
    </message>
    <message>
        <source>{name} has no data: every sheet is empty.</source>
        <translation>{name} 中没有数据：所有工作表都是空的。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {name} is empty.</source>
        <translation>{name} 中的工作表“{sheet}”为空。</translation>
    </message>
    <message>
        <source>{name} is an Excel binary workbook (.xlsb); save it as .xlsx first.</source>
        <translation>{name} 是 Excel 二进制工作簿 (.xlsb)；请先将其另存为 .xlsx。</translation>
    </message>
    <message>
        <source>{name} has no sheet named “{sheet}”.</source>
        <translation>{name} 中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <source>“{sheet}” in {name} is a chart, not a sheet of cells.</source>
        <translation>{name} 中的“{sheet}”是图表，不是单元格工作表。</translation>
    </message>
    <message>
        <source>{name} could not be read to the end (row {row}): {reason}</source>
        <extracomment>Bytes of memory calamine may use for one sheet, as estimated from its extent: an import stays under 300 MB resident whatever the file (measured: 266 MB for 100,000 rows of 12 columns, estimated at 98 MB), and a bigger sheet streams through openpyxl (40-65 MB, whatever its size) at a fifth of the speed. Per cell of the dense grid calamine builds (measured: 12.6 M cells, ~380 MB).</extracomment>
        <translation>{name} 未能完整读取（第 {row} 行）：{reason}</translation>
    </message>
    <message>
        <source>No column is mapped to a field. Map at least a name column.</source>
        <translation>没有任何列映射到字段。请至少映射一个姓名列。</translation>
    </message>
    <message>
        <source>“{value}” is not a task status. Use one of: {choices}.</source>
        <translation>“{value}”不是有效的任务状态。请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>The row names no contact: give the contact&apos;s email address or name.</source>
        <translation>该行未指定联系人：请填写联系人的电子邮件地址或姓名。</translation>
    </message>
    <message>
        <source>No contact has the email address “{value}”.</source>
        <translation>没有电子邮件地址为“{value}”的联系人。</translation>
    </message>
    <message>
        <source>No contact is named “{value}”.</source>
        <translation>没有名为“{value}”的联系人。</translation>
    </message>
    <message>
        <source>{count} contacts are named “{value}”: give the email address of the one meant.</source>
        <translation>有 {count} 个联系人名为“{value}”：请填写所指联系人的电子邮件地址。</translation>
    </message>
    <message>
        <source>This row has no “{column}”, which is required.</source>
        <translation>此行缺少必填项“{column}”。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>“{value}” is too large a number.</source>
        <translation>“{value}”数值过大。</translation>
    </message>
    <message>
        <source>“{value}” is not a value that can be stored.</source>
        <translation>“{value}”不是可以存储的值。</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no.</source>
        <translation>“{value}”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>“{value}” is not a lifecycle stage. Use one of: {choices}.</source>
        <translation>“{value}”不是有效的生命周期阶段。请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>“{value}” is not a channel. Use one of: {choices}.</source>
        <translation>“{value}”不是有效的渠道。请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>“{value}” is not a direction. Use one of: {choices}.</source>
        <translation>“{value}”不是有效的方向。请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>“{value}” is not a priority. Use one of: {choices}.</source>
        <translation>“{value}”不是有效的优先级。请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>The template “{name}” cannot be read: {reason}.</source>
        <translation>无法读取模板“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>“{name}” is too large to be a mapping template (over {limit} bytes).</source>
        <translation>“{name}”过大，不能作为映射模板（超过 {limit} 字节）。</translation>
    </message>
    <message>
        <source>“{name}” is not a mapping template: it is not JSON.</source>
        <translation>“{name}”不是映射模板：它不是 JSON 文件。</translation>
    </message>
    <message>
        <source>“{name}” is not a Rapport mapping template ({detail}).</source>
        <translation>“{name}”不是 Rapport 映射模板（{detail}）。</translation>
    </message>
    <message>
        <source>The template “{name}” was saved by a newer version of Rapport. Update Rapport to use it.</source>
        <translation>模板“{name}”由更高版本的 Rapport 保存。请更新 Rapport 后再使用。</translation>
    </message>
    <message>
        <source>The template “{name}” cannot be saved: {reason}.</source>
        <translation>无法保存模板“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <extracomment>What parse_value returns.</extracomment>
        <translation>“{value}”不是日期。</translation>
    </message>
    <message>
        <source>“{value}” can be read day first or month first. Choose the order of the dates.</source>
        <translation>“{value}”既可按日在前读取，也可按月在前读取。请选择日期的顺序。</translation>
    </message>
    <message>
        <source>“{value}” is not a date written day first (day/month/year).</source>
        <translation>“{value}”不是日在前格式（日/月/年）的日期。</translation>
    </message>
    <message>
        <source>“{value}” is not a date written month first (month/day/year).</source>
        <translation>“{value}”不是月在前格式（月/日/年）的日期。</translation>
    </message>
    <message>
        <source>“{value}” is 29 February 1900, a day that exists only in Excel. Correct the cell.</source>
        <translation>“{value}”是 1900 年 2 月 29 日，这一天只存在于 Excel 中。请更正该单元格。</translation>
    </message>
    <message>
        <source>“{value}” is too far in the past or the future for a date.</source>
        <translation>“{value}”作为日期过于久远或过于遥远。</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}”不是电话号码。</translation>
    </message>
    <message>
        <source>“{value}” was stored as a number in the spreadsheet, so a leading 0 or + may have been lost. Check the number.</source>
        <translation>“{value}”在电子表格中以数字形式存储，开头的 0 或 + 可能已丢失。请检查该号码。</translation>
    </message>
    <message>
        <source>“{value}” is in scientific notation and has lost its last digits. Format the column as text in the spreadsheet and import again.</source>
        <translation>“{value}”采用科学记数法，末尾几位数字已丢失。请在电子表格中将该列设为文本格式，然后重新导入。</translation>
    </message>
    <message>
        <source>The rows of order “{order}” give different values of “{column}”: “{first}” and “{other}”.</source>
        <translation>订单“{order}”的各行中“{column}”的值不一致：“{first}”和“{other}”。</translation>
    </message>
    <message>
        <source>Order “{order}” appears earlier in the file, with other rows between: keep the rows of an order together.</source>
        <translation>订单“{order}”在文件中较早的位置已出现，且中间隔有其他行：请将同一订单的各行放在一起。</translation>
    </message>
    <message>
        <source>Order “{order}” was not imported: another of its rows has a problem (row {rows}).</source>
        <translation>订单“{order}”未导入：它的另一行有问题（第 {rows} 行）。</translation>
    </message>
    <message>
        <source>This row has a quantity or price but no product or SKU.</source>
        <translation>此行有数量或价格，但没有商品或 SKU。</translation>
    </message>
    <message>
        <source>“{value}” is not a quantity: give a whole number from 1 to 1,000,000.</source>
        <translation>“{value}”不是数量：请填写 1 到 1,000,000 之间的整数。</translation>
    </message>
    <message>
        <source>“{value}” is in {found}, but the purchase is in {currency}.</source>
        <translation>“{value}”以 {found} 计价，但该购买以 {currency} 计价。</translation>
    </message>
    <message>
        <source>The row names no customer: give the contact&apos;s email address, phone or name.</source>
        <translation>该行未指定客户：请填写联系人的电子邮件地址、电话或姓名。</translation>
    </message>
    <message>
        <source>No contact has the phone number “{value}”.</source>
        <translation>没有电话号码为“{value}”的联系人。</translation>
    </message>
    <message>
        <source>{count} contacts have the email address “{value}”: give the phone number of the one meant.</source>
        <translation>有 {count} 个联系人的电子邮件地址为“{value}”：请填写所指联系人的电话号码。</translation>
    </message>
    <message>
        <source>{count} contacts have the phone number “{value}”: give the email address of the one meant.</source>
        <translation>有 {count} 个联系人的电话号码为“{value}”：请填写所指联系人的电子邮件地址。</translation>
    </message>
    <message>
        <source>{count} contacts are named “{value}”: give the email address or phone of the one meant.</source>
        <translation>有 {count} 个联系人名为“{value}”：请填写所指联系人的电子邮件地址或电话。</translation>
    </message>
    <message>
        <source>“{value}” is not a sales channel. Use one of: {choices}.</source>
        <translation>“{value}”不是有效的销售渠道。请使用以下之一：{choices}。</translation>
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
        <translation>姓名</translation>
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
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>省/地区</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>概率 %</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计结单日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结单日期</translation>
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
        <source>Lost reason</source>
        <translation>丢单原因</translation>
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
        <source>Consent given</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>许可获取方式</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联系人电子邮件</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
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
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>Contact files ({patterns})</source>
        <extracomment>The file suffixes an import reads (the readers&apos; formats). Rows read ahead: the preview shows the first PREVIEW_ROWS, the date order is guessed from all of them (as the importer does from its first rows).</extracomment>
        <translation>联系人文件 ({patterns})</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt)</source>
        <translation>CSV 和文本文件 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Text file with columns (CSV)</source>
        <translation>分列文本文件（CSV）</translation>
    </message>
    <message>
        <source>vCard file</source>
        <translation>vCard 文件</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>What a file can be imported as, in the order the wizard offers them.</extracomment>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Interactions (calls, emails, meetings…)</source>
        <translation>互动（电话、邮件、会议…）</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>导入历史记录</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>撤消此次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>尚未导入任何内容。</translation>
    </message>
    <message>
        <source>Undo the import of “{file}” ({when})?</source>
        <translation>要撤消“{file}”的导入（{when}）吗？</translation>
    </message>
    <message>
        <source>Companies it created, which will be removed: {count}</source>
        <translation>由此导入创建、将被删除的公司：{count}</translation>
    </message>
    <message>
        <source>Companies it updated, which will be put back as they were: {count}</source>
        <translation>由此导入更新、将恢复原样的公司：{count}</translation>
    </message>
    <message>
        <source>Interactions it added, which will be removed: {count}</source>
        <translation>由此导入添加、将被删除的互动：{count}</translation>
    </message>
    <message>
        <source>Tasks it added, which will be removed: {count}</source>
        <translation>由此导入添加、将被删除的任务：{count}</translation>
    </message>
    <message>
        <source>Purchases it added, which will be removed (with the points they earned): {count}</source>
        <translation>由此导入添加、将被删除的购买记录（连同其获得的积分）：{count}</translation>
    </message>
    <message>
        <source>Contacts it created, which will be removed: {count}</source>
        <translation>此次导入新建的联系人（将被移除）：{count}</translation>
    </message>
    <message>
        <source>Contacts it updated, which will be put back as they were: {count}</source>
        <translation>此次导入更新的联系人（将恢复原样）：{count}</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤消导入</translation>
    </message>
    <message>
        <source>Undoing the import of “{file}”…</source>
        <translation>正在撤消“{file}”的导入…</translation>
    </message>
    <message>
        <source>Undone. Companies removed: {removed}. Companies put back as they were: {restored}.</source>
        <translation>已撤销。删除的公司：{removed}。恢复原样的公司：{restored}。</translation>
    </message>
    <message>
        <source>Undone. Interactions removed: {count}.</source>
        <translation>已撤销。删除的互动：{count}。</translation>
    </message>
    <message>
        <source>Undone. Tasks removed: {count}.</source>
        <translation>已撤销。删除的任务：{count}。</translation>
    </message>
    <message>
        <source>Undone. Purchases removed: {count}.</source>
        <translation>已撤销。删除的购买记录：{count}。</translation>
    </message>
    <message>
        <source>Undone. Contacts removed: {removed}. Contacts put back as they were: {restored}.</source>
        <translation>已撤消。移除的联系人：{removed}。恢复原样的联系人：{restored}。</translation>
    </message>
    <message>
        <source>The import could not be undone: {reason}</source>
        <translation>无法撤消该导入：{reason}</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Any file (by column names)</source>
        <translation>任意文件（按列名）</translation>
    </message>
    <message>
        <source>Custom field “{name}”</source>
        <translation>自定义字段“{name}”</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Yes</source>
        <extracomment>Fields whose values are stored keys (&quot;call&quot;, &quot;outbound&quot;), shown by their labels.</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Import Companies</source>
        <translation>导入公司</translation>
    </message>
    <message>
        <source>Import Interactions</source>
        <translation>导入互动</translation>
    </message>
    <message>
        <source>Import Tasks</source>
        <translation>导入任务</translation>
    </message>
    <message>
        <source>Import Purchases</source>
        <translation>导入购买记录</translation>
    </message>
</context>
<context>
    <name>IoSection</name>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>导入联系人(&amp;I)…</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm), CSV (.csv, .tsv, .txt) or vCard (.vcf) files. You can also drop a file on the window.</source>
        <translation>Excel（.xlsx、.xlsm）、CSV（.csv、.tsv、.txt）或 vCard（.vcf）文件。也可以将文件拖放到窗口中。</translation>
    </message>
    <message>
        <source>Import &amp;History</source>
        <translation>导入历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Every import, and undoing one as a whole</source>
        <translation>查看所有导入记录，并可整体撤消某次导入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近导入&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>尚未导入任何内容。</translation>
    </message>
    <message>
        <source>To export, use the export button of the list you want to take out (Export… in Contacts and on a company&apos;s page, Export to Spreadsheet… in Tasks): it writes what the list shows, with its filters.</source>
        <translation>要导出，请使用相应列表的导出按钮（“联系人”中和公司页面上的“导出…”，“任务”中的“导出为电子表格…”）：导出的内容与列表当前显示的一致，并应用其筛选条件。</translation>
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
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <source>Done task</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <source>Cancelled task</source>
        <translation>已取消任务</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲正</translation>
    </message>
</context>
<context>
    <name>LinkFiguresModel</name>
    <message>
        <source>Show these contacts</source>
        <extracomment>A count&apos;s list and the title of its dialog.</extracomment>
        <translation>显示这些联系人</translation>
    </message>
</context>
<context>
    <name>LostReasonsTab</name>
    <message>
        <source>A&amp;dd Reason…</source>
        <extracomment>The dialog&apos;s way of running one user action: (succeeded, what the service returned).</extracomment>
        <translation>添加原因(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Rename Reason…</source>
        <translation>重命名原因(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move Reason…</source>
        <translation>移除原因(&amp;M)…</translation>
    </message>
    <message>
        <source>The reasons offered when a deal is lost. Removing one hides it from the list; deals lost for it keep it.</source>
        <translation>交易丢单时可选的原因。移除的原因不再出现在列表中，但因该原因丢单的交易仍会保留它。</translation>
    </message>
    <message>
        <source>Add Lost Reason</source>
        <translation>添加丢单原因</translation>
    </message>
    <message>
        <source>A reason a deal can be lost:</source>
        <translation>交易丢单的原因：</translation>
    </message>
    <message>
        <source>Rename Lost Reason</source>
        <translation>重命名丢单原因</translation>
    </message>
    <message>
        <source>New name of the reason:</source>
        <translation>原因的新名称：</translation>
    </message>
    <message>
        <source>Remove Lost Reason</source>
        <translation>移除丢单原因</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list? Deals lost for this reason keep it.</source>
        <translation>要从列表中移除“{name}”吗？因该原因丢单的交易仍会保留它。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Loyalty</name>
    <message>
        <source>Rewards</source>
        <translation>会员奖励</translation>
    </message>
    <message>
        <source>Bronze</source>
        <extracomment>The first-run tiers: name, threshold in major units of spend, discount %, benefits.</extracomment>
        <translation>铜卡</translation>
    </message>
    <message>
        <source>Points on every purchase.</source>
        <translation>每次购买均可获得积分。</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>5% off every purchase.</source>
        <translation>每次购买优惠 5%。</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>10% off every purchase and early access to sales.</source>
        <translation>每次购买优惠 10%，并可提前参加促销。</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金卡</translation>
    </message>
    <message>
        <source>15% off every purchase, early access and a personal adviser.</source>
        <translation>每次购买优惠 15%，可提前参加促销，并配有专属顾问。</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>增长中</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>已重新激活</translation>
    </message>
    <message>
        <source>Never bought.</source>
        <translation>从未购买。</translation>
    </message>
    <message>
        <source>First purchase recently: acquisition.</source>
        <translation>近期首次购买：获客。</translation>
    </message>
    <message>
        <source>Bought again within their usual interval: retention.</source>
        <translation>在其通常的购买间隔内再次购买：留存。</translation>
    </message>
    <message>
        <source>Spending more than in the year before: expansion.</source>
        <translation>消费额高于上一年：增长。</translation>
    </message>
    <message>
        <source>Overdue for their next purchase.</source>
        <translation>已超过预期的下次购买时间。</translation>
    </message>
    <message>
        <source>No purchase for a long time: reactivation candidates.</source>
        <translation>长时间未购买：可重新激活的对象。</translation>
    </message>
    <message>
        <source>Bought again after being lapsed.</source>
        <translation>流失后再次购买。</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Can’t lose them</source>
        <translation>不能流失的客户</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
</context>
<context>
    <name>LoyaltyBlock</name>
    <message>
        <source>Leave Programme</source>
        <translation>退出计划</translation>
    </message>
    <message>
        <source>End the membership of {name}? Their points stay in the ledger but cannot be redeemed until they enroll again.</source>
        <translation>要结束 {name} 的会员资格吗？其积分仍保留在积分明细中，但在重新加入之前无法兑换。</translation>
    </message>
    <message>
        <source>Tier changes, newest first</source>
        <translation>等级变更记录，最新的在前</translation>
    </message>
    <message>
        <source>Redeem…</source>
        <translation>兑换…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Points &amp;History…</source>
        <translation>积分记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Enroll in loyalty programme</source>
        <translation>加入忠诚度计划</translation>
    </message>
    <message>
        <source>Leave Programme…</source>
        <translation>退出计划…</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message numerus="yes">
        <source>Purchases (%Ln)</source>
        <translation>
            <numerusform>购买记录（%Ln）</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is not a member of {programme}.</source>
        <translation>{name} 不是“{programme}”的会员。</translation>
    </message>
    <message>
        <source>{tier} · {discount}% discount</source>
        <translation>{tier} · 优惠 {discount}%</translation>
    </message>
    <message>
        <source>No tier yet</source>
        <translation>暂无等级</translation>
    </message>
    <message>
        <source>Tier not computed yet</source>
        <translation>等级尚未计算</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} · member since {date}</source>
        <translation>{points} · 自 {date} 起为会员</translation>
    </message>
    <message>
        <source>Spent in 12 months: {amount}</source>
        <translation>近 12 个月消费：{amount}</translation>
    </message>
    <message>
        <source>Top tier reached</source>
        <translation>已达最高等级</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) to {tier}</source>
        <translation>
            <numerusform>距{tier}还差 %Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} to {tier}</source>
        <translation>距{tier}还差 {amount}</translation>
    </message>
    <message>
        <source>{date}: no tier (was {previous})</source>
        <translation>{date}：无等级（原为{previous}）</translation>
    </message>
    <message>
        <source>{date}: {tier}</source>
        <translation>{date}：{tier}</translation>
    </message>
    <message>
        <source>{date}: {previous} → {tier}</source>
        <translation>{date}：{previous} → {tier}</translation>
    </message>
</context>
<context>
    <name>LoyaltyFiguresView</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Moved in this month</source>
        <translation>本月移入</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均订单额</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Repeat purchase</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>近 12 个月收入</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <source>Per buyer</source>
        <translation>人均</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Where customers stand by their purchases, and who moved this month.</source>
        <translation>客户按购买情况所处的状态，以及本月的变动。</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value; revenue is all their purchases.</source>
        <translation>最近购买时间、购买频率和消费金额；收入为其全部购买。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Programme members by tier; repeat purchase: the share with two or more purchases in the last 12 months.</source>
        <translation>各等级的计划会员；复购率：近 12 个月内购买两次或以上的会员比例。</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>计划报告</translation>
    </message>
    <message>
        <source>Does the programme pay? Members against everyone else, and what rewards cost.</source>
        <translation>计划是否划算？会员与其他所有客户的对比，以及奖励的成本。</translation>
    </message>
    <message>
        <source>Win back lapsed customers…</source>
        <translation>挽回流失客户…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lapsed customer(s) have not bought for a long time: reactivation candidates. Create a follow-up for each, log a campaign, or export those who opted in for a mailing.</source>
        <translation>
            <numerusform>有 %Ln 个流失客户长时间未购买：可重新激活的对象。可为每人创建跟进任务、记录营销活动，或导出已同意接收营销信息的客户用于邮件群发。</numerusform>
        </translation>
    </message>
    <message>
        <source>No lapsed customers: nobody to win back right now.</source>
        <translation>没有流失客户：目前无需挽回。</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Members in {tier}</source>
        <translation>{tier}会员</translation>
    </message>
    <message>
        <source>Members with no tier</source>
        <translation>无等级的会员</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>非会员</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已兑换</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Corrections (net)</source>
        <translation>更正（净额）</translation>
    </message>
    <message>
        <source>Cost of rewards</source>
        <translation>奖励成本</translation>
    </message>
    <message>
        <source>Customers hold %1 points. Programme members: %2.</source>
        <translation>客户共持有 %1 积分。计划会员：%2。</translation>
    </message>
    <message>
        <source>Moved into {status} in {month}</source>
        <translation>{month}进入“{status}”</translation>
    </message>
    <message>
        <source>Moved out of {status} in {month}</source>
        <translation>{month}移出“{status}”</translation>
    </message>
</context>
<context>
    <name>LoyaltySection</name>
    <message>
        <source>Purchases, points or contacts changed since: recompute to bring the figures up to date.</source>
        <extracomment>run(session, today, progress, cancel) -&gt; the recompute&apos;s result The stored figures (or the empty state) are on screen. A recompute ended (True when it stored new figures). The recompute to run (tests put a stand-in here).</extracomment>
        <translation>上次计算后购买、积分或联系人有变动：请重新计算以更新数据。</translation>
    </message>
    <message>
        <source>Programme settings…</source>
        <translation>计划设置…</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Work out every customer’s status, segment, tier and points again, and the figures shown here.</source>
        <translation>重新计算每位客户的状态、分群、等级和积分，以及此处显示的数据。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Recompute to see where your customers stand</source>
        <translation>重新计算以了解客户的状况</translation>
    </message>
    <message>
        <source>Rapport works out from their purchases who is new, active, expanding, at risk or lapsed, ranks every customer by recency, frequency and spend, places members in their tiers, and shows whether the loyalty programme pays. It takes a moment on a large history; after that this page opens at once.</source>
        <translation>Rapport 会根据客户的购买记录判断谁是新客户、活跃、增长中、有流失风险或已流失，按最近购买时间、购买频率和消费金额为每位客户排名，将会员归入相应等级，并显示忠诚度计划是否划算。历史数据较多时需要一些时间；之后此页面会立即打开。</translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation>立即重新计算</translation>
    </message>
    <message>
        <source>Not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>Computed on {date}; the last 12 months run from {start}.</source>
        <translation>计算于 {date}；近 12 个月从 {start} 起算。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>正在重新计算…</translation>
    </message>
    <message>
        <source>Recomputing… step %1 of %2</source>
        <translation>正在重新计算… 第 %1 步，共 %2 步</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed %n customer(s).</source>
        <translation>
            <numerusform>已重新计算 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed.</source>
        <translation>已重新计算。</translation>
    </message>
    <message>
        <source>Recompute cancelled; the figures shown are the last ones stored.</source>
        <translation>已取消重新计算；显示的是上次保存的数据。</translation>
    </message>
    <message>
        <source>Purchases or points kept being saved while the figures were recomputed, so none were stored; those shown are the last ones stored. Recompute again once the saving is done.</source>
        <translation>重新计算期间一直有购买或积分被保存，因此未存储任何数据；显示的是上次存储的数据。保存完成后请再次重新计算。</translation>
    </message>
    <message>
        <source>The figures could not be recomputed; those shown are the last ones stored: {reason}</source>
        <translation>无法重新计算数据；显示的是上次保存的数据：{reason}</translation>
    </message>
    <message>
        <source>Lapsed customers: win them back</source>
        <translation>流失客户：挽回他们</translation>
    </message>
    <message>
        <source>They have not bought for a long time ({status}). Create a follow-up for each (assigned to the contact’s owner), log the campaign you sent them, or export those who opted in to marketing for a mailing.</source>
        <translation>他们已长时间未购买（{status}）。可为每人创建跟进任务（分配给联系人的负责人）、记录您发送给他们的营销活动，或导出已同意接收营销信息的客户用于邮件群发。</translation>
    </message>
</context>
<context>
    <name>LoyaltySettingsDialog</name>
    <message>
        <source>Loyalty Programme Settings</source>
        <translation>忠诚度计划设置</translation>
    </message>
    <message>
        <source>Spend in the last 12 months</source>
        <translation>近 12 个月消费额</translation>
    </message>
    <message>
        <source>Points earned in the last 12 months</source>
        <translation>近 12 个月获得的积分</translation>
    </message>
    <message>
        <source>Points expire after</source>
        <translation>积分有效期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Points per unit spent:</source>
        <translation>每单位消费积分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tiers count:</source>
        <translation>等级依据(&amp;T)：</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>过期(&amp;X)：</translation>
    </message>
    <message>
        <source>Customer lifecycle</source>
        <translation>客户生命周期</translation>
    </message>
    <message>
        <source>Ne&amp;w for the first:</source>
        <translation>新客户期限(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Lapsed after no purchase for:</source>
        <translation>未购买超过以下天数即为流失(&amp;L)：</translation>
    </message>
    <message>
        <source>Expan&amp;ding when 12-month spend grows by over:</source>
        <translation>近 12 个月消费增幅超过以下比例即为增长(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation>添加等级(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Tier</source>
        <translation>移除等级(&amp;R)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Lowest tier first; each needs more than the one before. Customers move to their new tiers at the next recompute.</source>
        <translation>从最低等级开始；每个等级的门槛都须高于前一个。客户将在下次重新计算时进入新的等级。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From ({unit})</source>
        <translation>起点（{unit}）</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>优惠 %</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>权益</translation>
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
        <source>New &amp;Deal…</source>
        <translation>新建交易(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>导入历史记录(&amp;H)…</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the field each column fills. Columns set to “Ignore this column” are not imported.</source>
        <translation>为每一列选择要填入的字段。设为“忽略此列”的列不会被导入。</translation>
    </message>
    <message>
        <source>&amp;Mapping from:</source>
        <translation>映射来源(&amp;M)：</translation>
    </message>
    <message>
        <source>Columns matched to a field by their names: {found} of {total}.</source>
        <translation>按列名匹配到字段的列：{found} 列（共 {total} 列）。</translation>
    </message>
    <message>
        <source>No column name matched a field: choose them below.</source>
        <translation>没有列名与字段匹配：请在下方选择。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Field in Rapport</source>
        <translation>Rapport 中的字段</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>忽略此列</translation>
    </message>
    <message>
        <source>Custom field…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <source>A custom field name has at most {limit} characters.</source>
        <translation>自定义字段名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>“{field}” fills one column only: “{column}” is now ignored.</source>
        <translation>“{field}”只能对应一列：“{column}”现已被忽略。</translation>
    </message>
    <message>
        <source>Custom Field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Name of the custom field for “{column}”:</source>
        <translation>“{column}”对应的自定义字段名称：</translation>
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
    <name>MoveDealsDialog</name>
    <message>
        <source>Remove Stage</source>
        <translation>移除阶段</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” holds %n deal(s). Choose the stage to move them to; each move is recorded in the deal&apos;s history.</source>
        <translation>
            <numerusform>“{name}”中有 %n 笔交易。请选择要将它们移到的阶段；每次移动都会记入交易的历史记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals in the Trash are still in “{name}”. Choose the stage to move them to; each move is recorded in the deal&apos;s history.</source>
        <translation>回收站中仍有交易位于“{name}”。请选择要将它们移到的阶段；每次移动都会记入交易的历史记录。</translation>
    </message>
    <message>
        <source>Deals moved to a won or lost stage are closed with today&apos;s date.</source>
        <translation>移到成交或丢单阶段的交易将以今天的日期结单。</translation>
    </message>
    <message>
        <source>Move and Remove</source>
        <translation>移动并移除</translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation>移到(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>价格太高</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>没有预算</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>迟迟未做决定</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>时机不对</translation>
    </message>
    <message>
        <source>Stopped answering</source>
        <translation>不再回复</translation>
    </message>
</context>
<context>
    <name>PipelineSection</name>
    <message>
        <source>Pipeline</source>
        <extracomment>With no close range chosen, the Won and Lost columns show the last this many days. A full load was shown (tests and the benchmark wait for it).</extracomment>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建交易…</translation>
    </message>
    <message>
        <source>New deal (Ctrl+Shift+D)</source>
        <translation>新建交易（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>阶段…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>销售管道：</translation>
    </message>
    <message>
        <source>Filter by title, contact or company</source>
        <translation>按标题、联系人或公司筛选</translation>
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
        <source>Closing from</source>
        <translation>结单日期起</translation>
    </message>
    <message>
        <source>Closing until</source>
        <translation>结单日期止</translation>
    </message>
    <message>
        <source>Close:</source>
        <translation>结单日期：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>No open deals. Press “New deal…” to add one.</source>
        <translation>没有进行中的交易。点击“新建交易…”即可添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), weighted value %1</source>
        <translation>
            <numerusform>%n 笔进行中的交易，加权金额 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>移动交易</translation>
    </message>
    <message>
        <source>Deal “{title}” moved to the Trash. Undo with Ctrl+Z.</source>
        <translation>交易“{title}”已移到回收站。按 Ctrl+Z 可撤消。</translation>
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
        <translation>阶段</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>成交概率</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <translation>销售管道设置</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lost Reasons</source>
        <translation>丢单原因(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>销售管道(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add Pipeline…</source>
        <translation>添加销售管道(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;name Pipeline…</source>
        <translation>重命名销售管道(&amp;N)…</translation>
    </message>
    <message>
        <source>A&amp;dd Stage…</source>
        <translation>添加阶段(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Rename Stage…</source>
        <translation>重命名阶段(&amp;R)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;move Stage…</source>
        <translation>移除阶段(&amp;M)…</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change a stage&apos;s name, win probability or kind.</source>
        <translation>双击或按 F2 可修改阶段的名称、成交概率或类型。</translation>
    </message>
    <message>
        <source>Add Pipeline</source>
        <translation>添加销售管道</translation>
    </message>
    <message>
        <source>Name of the new pipeline (it starts with the usual stages, to rename as you like):</source>
        <translation>新销售管道的名称（将带有常用阶段，可随意重命名）：</translation>
    </message>
    <message>
        <source>Rename Pipeline</source>
        <translation>重命名销售管道</translation>
    </message>
    <message>
        <source>New name of the pipeline:</source>
        <translation>销售管道的新名称：</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Name of the new stage (it goes after the open stages; then set its win probability):</source>
        <translation>新阶段的名称（将排在进行中阶段之后；随后请设置其成交概率）：</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>New name of the stage:</source>
        <translation>阶段的新名称：</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>移除阶段</translation>
    </message>
    <message>
        <source>Remove the stage “{name}”? This cannot be undone.</source>
        <translation>要移除阶段“{name}”吗？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Redeem Points: {name}</source>
        <translation>兑换积分：{name}</translation>
    </message>
    <message>
        <source>Adjust Points: {name}</source>
        <translation>调整积分：{name}</translation>
    </message>
    <message numerus="yes">
        <source>Balance: %Ln point(s)</source>
        <translation>
            <numerusform>余额：%Ln 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>The reward, such as a free coffee</source>
        <translation>奖励内容，例如一杯免费咖啡</translation>
    </message>
    <message>
        <source>Why, such as a birthday gift</source>
        <translation>原因，例如生日礼物</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>奖励(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Cost of the reward:</source>
        <translation>奖励成本(&amp;C)：</translation>
    </message>
    <message>
        <source>Positive adds points, negative takes them away</source>
        <translation>正数为增加积分，负数为扣减积分</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
</context>
<context>
    <name>PointsHistory</name>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已兑换</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
</context>
<context>
    <name>PointsHistoryDialog</name>
    <message>
        <source>Points History: {name}</source>
        <translation>积分记录：{name}</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>冲正(&amp;R)…</translation>
    </message>
    <message>
        <source>No points yet.</source>
        <translation>尚无积分。</translation>
    </message>
    <message>
        <source>Reverse Entry</source>
        <translation>冲正记录</translation>
    </message>
    <message>
        <source>Why is this entry of {points} points reversed?</source>
        <translation>为什么冲正这条 {points} 积分的记录？</translation>
    </message>
    <message>
        <source>Reversed: {points} points.</source>
        <translation>已冲正：{points} 积分。</translation>
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
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Custom role: &quot;problem&quot;, &quot;warning&quot; or None for a row. The widest a value column opens, in average characters: one long value (a company&apos;s full legal name) must not push the other columns, and Problems last, far out of sight. A column can still be widened by hand.</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows in red will not be imported; point at one to see why.</source>
        <translation>前几行将按如下方式保存。红色的行不会被导入；将鼠标指向该行可查看原因。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2025 are written</source>
        <translation>日期（如 03/04/2025）的书写顺序</translation>
    </message>
    <message>
        <source>&amp;Day first (31.12.2025)</source>
        <translation>日在前（31.12.2025）(&amp;D)</translation>
    </message>
    <message>
        <source>M&amp;onth first (12/31/2025)</source>
        <translation>月在前（12/31/2025）(&amp;O)</translation>
    </message>
    <message>
        <source>A row with the email or phone of a contact already in Rapport</source>
        <translation>某行的电子邮件或电话与 Rapport 中现有联系人相同时</translation>
    </message>
    <message>
        <source>&amp;Skip it</source>
        <translation>跳过该行(&amp;S)</translation>
    </message>
    <message>
        <source>A row with the name of a company already in Rapport</source>
        <translation>与 Rapport 中已有公司同名的行</translation>
    </message>
    <message>
        <source>&amp;Update the existing company (fill empty fields)</source>
        <translation>更新已有公司（填充空字段）(&amp;U)</translation>
    </message>
    <message>
        <source>Update and over&amp;write the existing company</source>
        <translation>更新并覆盖已有公司(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Create a new company anyway</source>
        <translation>仍然新建公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Update the existing contact (fill empty fields)</source>
        <translation>更新现有联系人（填充空白字段）(&amp;U)</translation>
    </message>
    <message>
        <source>Update and over&amp;write the existing contact</source>
        <translation>更新并覆盖现有联系人(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Create a new contact anyway</source>
        <translation>仍然新建联系人(&amp;C)</translation>
    </message>
    <message>
        <source>A row like an interaction already in Rapport (the same contact, channel, time and subject)</source>
        <translation>与 Rapport 中已有互动相同的行（相同的联系人、渠道、时间和主题）</translation>
    </message>
    <message>
        <source>A row like a task already in Rapport (the same contact, title and due date)</source>
        <translation>与 Rapport 中已有任务相同的行（相同的联系人、标题和截止日期）</translation>
    </message>
    <message>
        <source>A row like a purchase already in Rapport (the same contact, day, total and currency)</source>
        <translation>与 Rapport 中已有购买记录相同的行（相同的联系人、日期、金额和币种）</translation>
    </message>
    <message>
        <source>&amp;Import it anyway</source>
        <translation>仍然导入(&amp;I)</translation>
    </message>
    <message>
        <source>Found from the dates in the file.</source>
        <translation>根据文件中的日期判断得出。</translation>
    </message>
    <message>
        <source>As the template says.</source>
        <translation>按模板中的设置。</translation>
    </message>
    <message>
        <source>The dates in the file can be read both ways: choose how it writes them.</source>
        <translation>文件中的日期两种读法都说得通：请选择该文件的日期写法。</translation>
    </message>
    <message>
        <source>Rows shown: {count}. Rows that will not be imported: {bad}.</source>
        <translation>显示的行数：{count}。不会导入的行数：{bad}。</translation>
    </message>
    <message>
        <source>Each row is linked to its contact when it is imported; a row whose contact is not found is reported then.</source>
        <translation>每一行在导入时关联到其联系人；找不到联系人的行届时会列出。</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Log Purchase: {name}</source>
        <translation>记录购买：{name}</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加明细行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>移除明细行(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>明细行(&amp;L)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>{amount} (the lines&apos; sum)</source>
        <translation>{amount}（各行合计）</translation>
    </message>
    <message>
        <source>Not a member of {programme}: earns no points.</source>
        <translation>不是“{programme}”的会员：不获得积分。</translation>
    </message>
    <message>
        <source>Bought before joining {programme}: earns no points.</source>
        <translation>在加入“{programme}”之前购买：不获得积分。</translation>
    </message>
    <message>
        <source>Only purchases in {currency} earn points.</source>
        <translation>只有以 {currency} 计价的购买才能获得积分。</translation>
    </message>
    <message numerus="yes">
        <source>Earns %Ln point(s).</source>
        <translation>
            <numerusform>可获得 %Ln 积分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchasesBox</name>
    <message>
        <source>Delete Purchase</source>
        <translation>删除购买</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete Purchase…</source>
        <extracomment>A purchase form was opened (tests may want it).</extracomment>
        <translation>删除购买…</translation>
    </message>
    <message>
        <source>Log purchase…</source>
        <translation>记录购买…</translation>
    </message>
    <message>
        <source>Log a purchase of this contact (Ctrl+Shift+P)</source>
        <translation>记录此联系人的一次购买（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the chosen purchase (Edit &gt; Undo brings it back)</source>
        <translation>删除所选购买（使用“编辑 &gt; 撤消”可恢复）</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>还没有购买。</translation>
    </message>
    <message>
        <source>Delete the purchase of {amount} on {date}? Its points are taken back. Edit &gt; Undo restores it.</source>
        <translation>要删除 {date} 金额为 {amount} 的购买吗？其积分将被收回。使用“编辑 &gt; 撤消”可恢复。</translation>
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
        <source>The deal this was about</source>
        <translation>此记录相关的交易</translation>
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
        <source>No deal</source>
        <translation>无交易</translation>
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
        <source>Deal</source>
        <translation>交易</translation>
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
    <name>RetentionChart</name>
    <message>
        <source>Complete cohorts</source>
        <translation>完整同期群</translation>
    </message>
    <message>
        <source>Less than a year so far</source>
        <translation>尚不满一年</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>再次购买</translation>
    </message>
    <message>
        <source>{month}: {repeat} of {customers} new customers bought again ({rate})</source>
        <translation>{month}：{customers} 个新客户中有 {repeat} 个再次购买（{rate}）</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Save the Rejected Rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Rows done: {count}</source>
        <translation>已处理行数：{count}</translation>
    </message>
    <message>
        <source>{name} was imported.</source>
        <translation>{name} 已导入。</translation>
    </message>
    <message>
        <source>Created: {count}</source>
        <translation>已创建：{count}</translation>
    </message>
    <message>
        <source>Updated: {count}</source>
        <translation>已更新：{count}</translation>
    </message>
    <message>
        <source>Skipped (already in Rapport): {count}</source>
        <translation>已跳过（已在 Rapport 中）：{count}</translation>
    </message>
    <message>
        <source>Rejected: {count}</source>
        <translation>已拒绝：{count}</translation>
    </message>
    <message>
        <source>Warnings (values to check): {count}</source>
        <translation>警告（需检查的值）：{count}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>The import failed: {reason}
Nothing was imported.</source>
        <translation>导入失败：{reason}
未导入任何内容。</translation>
    </message>
    <message>
        <source>{name} - rejected rows</source>
        <translation>{name} - 被拒绝的行</translation>
    </message>
    <message>
        <source>Save the Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>The rows could not be saved: {reason}</source>
        <translation>无法保存这些行：{reason}</translation>
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
        <source>No deal</source>
        <translation>无交易</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>交易(&amp;D)：</translation>
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
        <source>Export to Spreadsheet…</source>
        <translation>导出为电子表格…</translation>
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
        <source>tasks</source>
        <translation>任务</translation>
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
    <name>TemplateButtons</name>
    <message>
        <source>Sa&amp;ve as Template…</source>
        <translation>保存为模板(&amp;V)…</translation>
    </message>
    <message>
        <source>Use &amp;Template…</source>
        <translation>使用模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>保存为模板</translation>
    </message>
    <message>
        <source>Name of the template (the mapping of these columns):</source>
        <translation>模板名称（保存这些列的映射）：</translation>
    </message>
    <message>
        <source>Saved as the template “{name}”.</source>
        <translation>已保存为模板“{name}”。</translation>
    </message>
    <message>
        <source>There is a template “{name}” for importing {records} already. Replace it?</source>
        <translation>已有用于导入{records}的模板“{name}”。要替换它吗？</translation>
    </message>
    <message>
        <source>There is a template “{name}” already. Replace it?</source>
        <translation>已存在模板“{name}”。要替换它吗？</translation>
    </message>
    <message>
        <source>No template has been saved yet: map the columns, then “Save as Template…”.</source>
        <translation>尚未保存任何模板：请先映射各列，然后点击“保存为模板…”。</translation>
    </message>
    <message>
        <source>Use Template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Template “{name}” applied. Columns mapped: {count}.</source>
        <translation>已应用模板“{name}”。已映射的列：{count} 列。</translation>
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
    <message>
        <source>Create deal {title}</source>
        <translation>创建交易“{title}”</translation>
    </message>
    <message>
        <source>Edit deal {title}</source>
        <translation>编辑交易“{title}”</translation>
    </message>
    <message>
        <source>Move {title} to {stage}</source>
        <translation>将“{title}”移到“{stage}”</translation>
    </message>
    <message>
        <source>Delete deal {title}</source>
        <translation>删除交易“{title}”</translation>
    </message>
    <message>
        <source>Log purchase of {amount}</source>
        <translation>记录金额为 {amount} 的购买</translation>
    </message>
    <message>
        <source>Delete purchase of {amount}</source>
        <translation>删除金额为 {amount} 的购买</translation>
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
        <source>Type a title for the deal.</source>
        <translation>请输入交易标题。</translation>
    </message>
    <message>
        <source>The chosen contact no longer exists. Choose another one.</source>
        <translation>所选联系人已不存在。请选择其他联系人。</translation>
    </message>
    <message>
        <source>The stage “{stage}” belongs to another pipeline.</source>
        <translation>阶段“{stage}”属于另一个销售管道。</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>请选择丢单原因。</translation>
    </message>
    <message>
        <source>The close date {closed_on} is before the deal was created ({created}).</source>
        <translation>结单日期 {closed_on} 早于交易的创建日期（{created}）。</translation>
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
        <source>The chosen deal no longer exists. Choose another one, or none.</source>
        <translation>所选交易已不存在。请选择其他交易，或不选择交易。</translation>
    </message>
    <message>
        <source>The deal “{title}” is in the Trash. Restore it first or choose another deal.</source>
        <translation>交易“{title}”在回收站中。请先将其还原，或选择其他交易。</translation>
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
    <message>
        <source>Type a name for the template.</source>
        <translation>请输入模板名称。</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code. Use three letters, such as USD or UZS.</source>
        <extracomment>The largest amount stored, in minor units: ten trillion of a two-decimal currency, well inside a 64-bit integer and exact as a double for charts.</extracomment>
        <translation>“{value}”不是币种代码。请使用三个字母，例如 USD 或 UZS。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount. Type digits, such as 1250 or 1 250.50.</source>
        <translation>“{value}”不是金额。请输入数字，例如 1250 或 1 250.50。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount {value} is too large to store.</source>
        <translation>金额 {value} 过大，无法存储。</translation>
    </message>
    <message>
        <source>{currency} has {places} decimal places; “{value}” has more.</source>
        <translation>{currency} 最多有 {places} 位小数，而“{value}”的小数位数更多。</translation>
    </message>
    <message>
        <source>Points per unit must be a whole number from 0 to {limit}.</source>
        <translation>每单位积分必须是 0 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <source>“{value}” is not a tier basis. Choose points or spend.</source>
        <translation>“{value}”不是有效的等级依据。请选择积分或消费额。</translation>
    </message>
    <message>
        <source>Points expire after 1 to {limit} months, or never.</source>
        <translation>积分有效期为 1 到 {limit} 个月，或永不过期。</translation>
    </message>
    <message>
        <source>Type a whole number of days from 1 to {limit}.</source>
        <translation>请输入 1 到 {limit} 之间的整数天数。</translation>
    </message>
    <message>
        <source>A customer is lapsed after more days ({lapsed}) than a customer counts as new ({new}).</source>
        <translation>判定为流失的天数（{lapsed}）必须多于新客户期限的天数（{new}）。</translation>
    </message>
    <message>
        <source>The expanding margin must be a whole percent from 0 to {limit}.</source>
        <translation>增长判定幅度必须是 0 到 {limit} 之间的整数百分比。</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Tier {number} has no name. Type one.</source>
        <translation>等级 {number} 没有名称。请输入一个名称。</translation>
    </message>
    <message>
        <source>There are two tiers named “{name}”. Give each tier its own name.</source>
        <translation>有两个等级都名为“{name}”。请为每个等级取不同的名称。</translation>
    </message>
    <message>
        <source>The threshold of “{name}” must be a whole number from 0 to {limit}.</source>
        <translation>“{name}”的门槛必须是 0 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <source>The threshold of “{name}” must be higher than that of “{previous}”: each tier needs more than the one before it.</source>
        <translation>“{name}”的门槛必须高于“{previous}”：每个等级的门槛都须高于前一个。</translation>
    </message>
    <message>
        <source>The discount of “{name}” must be a whole percent from 0 to 100.</source>
        <translation>“{name}”的优惠比例必须是 0 到 100 之间的整数百分比。</translation>
    </message>
    <message>
        <source>“{name}” is already taken. Choose another name.</source>
        <translation>“{name}”已被使用。请选择其他名称。</translation>
    </message>
    <message>
        <source>“{value}” is not a probability. Use a whole percent from 0 to 100.</source>
        <translation>“{value}”不是有效的概率。请使用 0 到 100 之间的整数百分比。</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of stage. Choose open, won or lost.</source>
        <translation>“{value}”不是有效的阶段类型。请选择进行中、成交或丢单。</translation>
    </message>
    <message>
        <source>“{name}” holds {count} deals. Choose the stage to move them to first.</source>
        <translation>“{name}”中有 {count} 笔交易。请先选择要将它们移到的阶段。</translation>
    </message>
    <message>
        <source>The deals can only move to another stage of the same pipeline.</source>
        <translation>交易只能移到同一销售管道中的其他阶段。</translation>
    </message>
    <message>
        <source>A pipeline needs at least one open stage, so “{name}” cannot go.</source>
        <translation>销售管道至少需要一个进行中阶段，因此不能移除“{name}”。</translation>
    </message>
    <message>
        <source>Choose the stage of the deal.</source>
        <translation>请选择交易的阶段。</translation>
    </message>
    <message>
        <source>There is no contact called “{name}”. Choose one from the list, or clear the field for no contact.</source>
        <translation>没有名为“{name}”的联系人。请从列表中选择，或清空此字段表示无联系人。</translation>
    </message>
    <message>
        <source>Choose the day the follow-ups are due.</source>
        <translation>请选择跟进任务的到期日。</translation>
    </message>
    <message>
        <source>Type a whole number of points from 1 to {limit}.</source>
        <extracomment>The most points one entry moves (the column is a 32-bit integer on PostgreSQL).</extracomment>
        <translation>请输入 1 到 {limit} 之间的整数积分。</translation>
    </message>
    <message>
        <source>Type the points to add (such as 50) or to take away (such as -50).</source>
        <translation>请输入要增加的积分（例如 50）或要扣减的积分（例如 -50）。</translation>
    </message>
    <message>
        <source>Say why: type a reason.</source>
        <translation>请说明原因：输入一个原因。</translation>
    </message>
    <message>
        <source>{name} is not a member of the loyalty programme. Enroll them first.</source>
        <translation>{name} 不是忠诚度计划的会员。请先将其加入计划。</translation>
    </message>
    <message>
        <source>{name} has {balance} points; {points} cannot be redeemed.</source>
        <translation>{name} 有 {balance} 积分，无法兑换 {points} 积分。</translation>
    </message>
    <message>
        <source>{name} has {balance} points; {points} cannot be taken away.</source>
        <translation>{name} 有 {balance} 积分，无法扣减 {points} 积分。</translation>
    </message>
    <message>
        <source>This entry has been reversed already.</source>
        <translation>此记录已冲销过。</translation>
    </message>
    <message>
        <source>Expired points cannot be reversed. Add them back with an adjustment.</source>
        <translation>已过期的积分无法冲销。请通过调整将其加回。</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed. Make an adjustment instead.</source>
        <translation>冲销记录无法再冲销。请改为进行调整。</translation>
    </message>
    <message>
        <source>{name} has {balance} points; reversing this entry would take away {points}, more than they have.</source>
        <translation>{name} 有 {balance} 积分；冲销此记录将扣减 {points} 积分，超过其现有积分。</translation>
    </message>
    <message>
        <source>Choose the day of the purchase.</source>
        <translation>请选择购买日期。</translation>
    </message>
    <message>
        <source>The purchase is dated {date}, after today. Choose today or an earlier day.</source>
        <translation>该购买的日期为 {date}，晚于今天。请选择今天或更早的日期。</translation>
    </message>
    <message>
        <source>The purchase is dated {date}. Choose a day from 1900 on.</source>
        <translation>该购买的日期为 {date}。请选择 1900 年及以后的日期。</translation>
    </message>
    <message>
        <source>“{value}” is not a channel. Choose store, online, phone or other.</source>
        <translation>“{value}”不是有效的渠道。请选择门店、线上、电话或其他。</translation>
    </message>
    <message>
        <source>Type the total of the purchase, or add its lines.</source>
        <translation>请输入购买的总金额，或添加明细行。</translation>
    </message>
    <message>
        <source>The lines add up to {lines} {currency}, but the total is {total} {currency}. Correct one of them, or clear the total to take the lines&apos; sum.</source>
        <translation>各行合计为 {lines} {currency}，但总金额为 {total} {currency}。请更正其中之一，或清空总金额以采用各行合计。</translation>
    </message>
    <message>
        <source>Line {number} has no product. Type one.</source>
        <translation>第 {number} 行没有商品。请输入一个商品。</translation>
    </message>
    <message>
        <source>The quantity on line {number} must be a whole number from 1 to {limit}.</source>
        <translation>第 {number} 行的数量必须是 1 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <source>The lines add up to more than can be stored. Check the quantities and prices.</source>
        <translation>各行合计超出了可存储的范围。请检查数量和价格。</translation>
    </message>
    <message>
        <source>This purchase would earn {points} points, more than one entry can hold ({limit}). Lower the points per unit in the loyalty settings.</source>
        <translation>该购买将获得 {points} 积分，超过单条记录的上限（{limit}）。请在忠诚度设置中降低每单位积分。</translation>
    </message>
    <message>
        <source>The contact no longer exists, or is in the Trash.</source>
        <translation>该联系人已不存在，或在回收站中。</translation>
    </message>
    <message>
        <source>The threshold of “{name}” must be a whole number of points, not “{value}”.</source>
        <translation>“{name}”的门槛必须是整数积分，而不是“{value}”。</translation>
    </message>
</context>
</TS>
