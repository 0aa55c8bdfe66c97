<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardColumn</name>
    <message numerus="yes">
        <source>and %n other currencies</source>
        <translation>
            <numerusform>and %n other currency</numerusform>
            <numerusform>and %n other currencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignAsk</name>
    <message numerus="yes">
        <source>An outbound interaction is logged now on each of the %n contact(s) of this list, and becomes their last contact.</source>
        <translation>
            <numerusform>An outbound interaction is logged now on each of the %n contact of this list, and becomes their last contact.</numerusform>
            <numerusform>An outbound interaction is logged now on each of the %n contacts of this list, and becomes their last contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log on %n contact(s)</source>
        <translation>
            <numerusform>Log on %n contact</numerusform>
            <numerusform>Log on %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message numerus="yes">
        <source>People (%Ln)</source>
        <translation>
            <numerusform>People (%Ln)</numerusform>
            <numerusform>People (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message numerus="yes">
        <source>Last contact: %Ln day(s) ago</source>
        <translation>
            <numerusform>Last contact: %Ln day ago</numerusform>
            <numerusform>Last contact: %Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactListDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n follow-up task(s).</source>
        <translation>
            <numerusform>Created %n follow-up task.</numerusform>
            <numerusform>Created %n follow-up tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged the campaign on %n contact(s).</source>
        <translation>
            <numerusform>Logged the campaign on %n contact.</numerusform>
            <numerusform>Logged the campaign on %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) who opted in to marketing to {path}.</source>
        <translation>
            <numerusform>Exported %n contact who opted in to marketing to {path}.</numerusform>
            <numerusform>Exported %n contacts who opted in to marketing to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of the list were left out for lack of consent.</source>
        <translation>
            <numerusform>%n contact of the list were left out for lack of consent.</numerusform>
            <numerusform>%n contacts of the list were left out for lack of consent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message numerus="yes">
        <source>Timeline (%Ln interaction(s))</source>
        <translation>
            <numerusform>Timeline (%Ln interaction)</numerusform>
            <numerusform>Timeline (%Ln interactions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message numerus="yes">
        <source>Moved %n contact(s) to the Trash</source>
        <translation>
            <numerusform>Moved %n contact to the Trash</numerusform>
            <numerusform>Moved %n contacts to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n contact(s)</source>
        <translation>
            <numerusform>Restored %n contact</numerusform>
            <numerusform>Restored %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) for good</source>
        <translation>
            <numerusform>Deleted %n contact for good</numerusform>
            <numerusform>Deleted %n contacts for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln contact(s)</source>
        <translation>
            <numerusform>More than %Ln contact</numerusform>
            <numerusform>More than %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealsBlock</name>
    <message numerus="yes">
        <source>Deals (%Ln open)</source>
        <translation>
            <numerusform>Deals (%Ln open)</numerusform>
            <numerusform>Deals (%Ln open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTask</name>
    <message numerus="yes">
        <source>Exported %n contact(s) to {path}</source>
        <translation>
            <numerusform>Exported %n contact to {path}</numerusform>
            <numerusform>Exported %n contacts to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n company(ies) to {path}</source>
        <translation>
            <numerusform>Exported %n company to {path}</numerusform>
            <numerusform>Exported %n companies to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to {path}</source>
        <translation>
            <numerusform>Exported %n task to {path}</numerusform>
            <numerusform>Exported %n tasks to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to {path}</source>
        <translation>
            <numerusform>Exported %n deal to {path}</numerusform>
            <numerusform>Exported %n deals to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interaction(s) to {path}</source>
        <translation>
            <numerusform>Exported %n interaction to {path}</numerusform>
            <numerusform>Exported %n interactions to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpAsk</name>
    <message numerus="yes">
        <source>A follow-up task for each of the %n contact(s) of this list, assigned to the contact’s owner.</source>
        <translation>
            <numerusform>A follow-up task for each of the %n contact of this list, assigned to the contact’s owner.</numerusform>
            <numerusform>A follow-up task for each of the %n contacts of this list, assigned to the contact’s owner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n task(s)</source>
        <translation>
            <numerusform>Create %n task</numerusform>
            <numerusform>Create %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltyBlock</name>
    <message numerus="yes">
        <source>Purchases (%Ln)</source>
        <translation>
            <numerusform>Purchases (%Ln)</numerusform>
            <numerusform>Purchases (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) to {tier}</source>
        <translation>
            <numerusform>%Ln point to {tier}</numerusform>
            <numerusform>%Ln points to {tier}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltyFiguresView</name>
    <message numerus="yes">
        <source>%Ln lapsed customer(s) have not bought for a long time: reactivation candidates. Create a follow-up for each, log a campaign, or export those who opted in for a mailing.</source>
        <translation>
            <numerusform>%Ln lapsed customer has not bought for a long time: reactivation candidates. Create a follow-up for each, log a campaign, or export those who opted in for a mailing.</numerusform>
            <numerusform>%Ln lapsed customers have not bought for a long time: reactivation candidates. Create a follow-up for each, log a campaign, or export those who opted in for a mailing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoyaltySection</name>
    <message numerus="yes">
        <source>Recomputed %n customer(s).</source>
        <translation>
            <numerusform>Recomputed %n customer.</numerusform>
            <numerusform>Recomputed %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message numerus="yes">
        <source>“{name}” holds %n deal(s). Choose the stage to move them to; each move is recorded in the deal&apos;s history.</source>
        <translation>
            <numerusform>“{name}” holds %n deal. Choose the stage to move it to; the move is recorded in the deal&apos;s history.</numerusform>
            <numerusform>“{name}” holds %n deals. Choose the stage to move them to; each move is recorded in the deal&apos;s history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineSection</name>
    <message numerus="yes">
        <source>%n open deal(s), weighted value %1</source>
        <translation>
            <numerusform>%n open deal, weighted value %1</numerusform>
            <numerusform>%n open deals, weighted value %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message numerus="yes">
        <source>Balance: %Ln point(s)</source>
        <translation>
            <numerusform>Balance: %Ln point</numerusform>
            <numerusform>Balance: %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message numerus="yes">
        <source>Earns %Ln point(s).</source>
        <translation>
            <numerusform>Earns %Ln point.</numerusform>
            <numerusform>Earns %Ln points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restore %n contact</numerusform>
            <numerusform>Restore %n contacts</numerusform>
        </translation>
    </message>
</context>
</TS>
