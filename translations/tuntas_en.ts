<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleProgress</name>
    <message numerus="yes">
        <source>%n case(s) without a signed expert review</source>
        <translation>
            <numerusform>%n case without a signed expert review</numerusform>
            <numerusform>%n cases without a signed expert review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s) not yet approved by the TPPS chair</source>
        <translation>
            <numerusform>%n RTL item not yet approved by the TPPS chair</numerusform>
            <numerusform>%n RTL items not yet approved by the TPPS chair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s) not yet evaluated</source>
        <translation>
            <numerusform>%n RTL item not yet evaluated</numerusform>
            <numerusform>%n RTL items not yet evaluated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a confirmed outcome</source>
        <translation>
            <numerusform>%n case without a confirmed outcome</numerusform>
            <numerusform>%n cases without a confirmed outcome</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>nothing was stored because %n row(s) have problems; fix them, or use --skip-bad to leave them out.</source>
        <translation>
            <numerusform>nothing was stored because %n row has problems; fix it, or use --skip-bad to leave it out.</numerusform>
            <numerusform>nothing was stored because %n rows have problems; fix them, or use --skip-bad to leave them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message numerus="yes">
        <source>Leave out the %n line(s) with problems and store the others</source>
        <translation>
            <numerusform>Leave out the %n line with problems and store the others</numerusform>
            <numerusform>Leave out the %n lines with problems and store the others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with their problems were saved to %1. Correct them there and import that file again.</source>
        <translation>
            <numerusform>%n line with its problems was saved to %1. Correct it there and import that file again.</numerusform>
            <numerusform>%n lines with their problems were saved to %1. Correct them there and import that file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionReviewPage</name>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n new case</numerusform>
            <numerusform>%n new cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamReviewPage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
</TS>
