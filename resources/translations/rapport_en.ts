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
