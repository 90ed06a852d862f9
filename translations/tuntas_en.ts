<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message numerus="yes">
        <source>%n RTL item(s) will be marked as approved by the TPPS chair.</source>
        <translation>
            <numerusform>%n RTL item will be marked as approved by the TPPS chair.</numerusform>
            <numerusform>%n RTL items will be marked as approved by the TPPS chair.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseRemoval</name>
    <message numerus="yes">
        <source>Case %1 cannot be deleted: %n of its RTL item(s) were carried into another cycle, which still follows them.</source>
        <translation>
            <numerusform>Case %1 cannot be deleted: %n of its RTL items was carried into another cycle, which still follows it.</numerusform>
            <numerusform>Case %1 cannot be deleted: %n of its RTL items were carried into another cycle, which still follows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseRemovalSummary</name>
    <message numerus="yes">
        <source>%n expert review(s)</source>
        <translation>
            <numerusform>%n expert review</numerusform>
            <numerusform>%n expert reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) named on the review</source>
        <translation>
            <numerusform>%n reviewer named on the review</numerusform>
            <numerusform>%n reviewers named on the review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worksheet answer(s)</source>
        <translation>
            <numerusform>%n worksheet answer</numerusform>
            <numerusform>%n worksheet answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s)</source>
        <translation>
            <numerusform>%n RTL item</numerusform>
            <numerusform>%n RTL items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of RTL items</source>
        <translation>
            <numerusform>%n evaluation of RTL items</numerusform>
            <numerusform>%n evaluations of RTL items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency commitment(s) to RTL items</source>
        <translation>
            <numerusform>%n agency commitment to RTL items</numerusform>
            <numerusform>%n agency commitments to RTL items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monitoring visit(s)</source>
        <translation>
            <numerusform>%n monitoring visit</numerusform>
            <numerusform>%n monitoring visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) keep their place but lose their link to it</source>
        <translation>
            <numerusform>%n other record keeps its place but loses its link to it</numerusform>
            <numerusform>%n other records keep their place but lose their link to it</numerusform>
        </translation>
    </message>
</context>
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
    <name>CycleReportDocument</name>
    <message numerus="yes">
        <source>%1 audited %n case(s)</source>
        <translation>
            <numerusform>%1 audited %n case</numerusform>
            <numerusform>%1 audited %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n kecamatan, by target group:</source>
        <translation>
            <numerusform>in %n kecamatan, by target group:</numerusform>
            <numerusform>in %n kecamatan, by target group:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The follow-up plan of %1 has %n item(s), by the agency (OPD) responsible.</source>
        <translation>
            <numerusform>The follow-up plan of %1 has %n item, by the agency (OPD) responsible.</numerusform>
            <numerusform>The follow-up plan of %1 has %n items, by the agency (OPD) responsible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not yet approved by the TPPS chair.</source>
        <translation>
            <numerusform>%n of them is not yet approved by the TPPS chair.</numerusform>
            <numerusform>%n of them are not yet approved by the TPPS chair.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message numerus="yes">
        <source>%n page(s) saved to %1.</source>
        <translation>
            <numerusform>%n page saved to %1.</numerusform>
            <numerusform>%n pages saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message numerus="yes">
        <source>%1 audited %n case(s)</source>
        <translation>
            <numerusform>%1 audited %n case</numerusform>
            <numerusform>%1 audited %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n kecamatan, by target group:</source>
        <translation>
            <numerusform>in %n kecamatan, by target group:</numerusform>
            <numerusform>in %n kecamatan, by target group:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), by the agency (OPD) responsible.</source>
        <translation>
            <numerusform>%n item, by the agency (OPD) responsible.</numerusform>
            <numerusform>%n items, by the agency (OPD) responsible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not yet approved by the TPPS chair.</source>
        <translation>
            <numerusform>%n of them is not yet approved by the TPPS chair.</numerusform>
            <numerusform>%n of them are not yet approved by the TPPS chair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The causes the experts (Tim Pakar) concluded, counted once per case, in %n reviewed case(s); a case often has several.</source>
        <translation>
            <numerusform>The causes the experts (Tim Pakar) concluded, counted once per case, in %n reviewed case; a case often has several.</numerusform>
            <numerusform>The causes the experts (Tim Pakar) concluded, counted once per case, in %n reviewed cases; a case often has several.</numerusform>
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
    <name>OfficialRecordDocument</name>
    <message numerus="yes">
        <source>%n people (the attendance list is annexed)</source>
        <translation>
            <numerusform>%n person (the attendance list is annexed)</numerusform>
            <numerusform>%n people (the attendance list is annexed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueDialog</name>
    <message numerus="yes">
        <source>%n item(s) of the follow-up plan (RTL) are past their due date and not done.</source>
        <translation>
            <numerusform>%n item of the follow-up plan (RTL) is past its due date and not done.</numerusform>
            <numerusform>%n items of the follow-up plan (RTL) are past their due date and not done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message numerus="yes">
        <source>%n RTL item(s) were made from this recommendation. They stay in the RTL with their own copy of the text. Remove the recommendation?</source>
        <translation>
            <numerusform>%n RTL item was made from this recommendation. It stays in the RTL with its own copy of the text. Remove the recommendation?</numerusform>
            <numerusform>%n RTL items were made from this recommendation. They stay in the RTL with their own copy of the text. Remove the recommendation?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportNarrative</name>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n case)</numerusform>
            <numerusform>%1 (%n cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1, from %2, the team audited %n case(s) (%3). This report presents the cases and their spread, the experts who reviewed them, the period of the audit, its conclusions, the follow-up plan (RTL) and its evaluation.</source>
        <translation>
            <numerusform>In %1, from %2, the team audited %n case (%3). This report presents the case, the experts who reviewed it, the period of the audit, its conclusions, the follow-up plan (RTL) and its evaluation.</numerusform>
            <numerusform>In %1, from %2, the team audited %n cases (%3). This report presents the cases and their spread, the experts who reviewed them, the period of the audit, its conclusions, the follow-up plan (RTL) and its evaluation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n RTL item(s) has been evaluated yet.</source>
        <translation>
            <numerusform>The %n RTL item has not been evaluated yet.</numerusform>
            <numerusform>None of the %n RTL items has been evaluated yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outcomes of the %n case(s) after follow-up are not confirmed yet.</source>
        <translation>
            <numerusform>The outcome of the %n case after follow-up is not confirmed yet.</numerusform>
            <numerusform>The outcomes of the %n cases after follow-up are not confirmed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agencies responsible finish the %n RTL item(s) not yet done in the next cycle.</source>
        <translation>
            <numerusform>The agency responsible finishes the %n RTL item not yet done in the next cycle.</numerusform>
            <numerusform>The agencies responsible finish the %n RTL items not yet done in the next cycle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RtlMatrixDocument</name>
    <message numerus="yes">
        <source>%n item(s), grouped by the agency (OPD) responsible.</source>
        <translation>
            <numerusform>%n item, grouped by the agency (OPD) responsible.</numerusform>
            <numerusform>%n items, grouped by the agency (OPD) responsible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not yet approved by the TPPS chair.</source>
        <translation>
            <numerusform>%n of them is not yet approved by the TPPS chair.</numerusform>
            <numerusform>%n of them are not yet approved by the TPPS chair.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RtlMatrixSection</name>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RtlTrackerView</name>
    <message numerus="yes">
        <source>Due %1 and not done: %n day(s) overdue</source>
        <translation>
            <numerusform>Due %1 and not done: %n day overdue</numerusform>
            <numerusform>Due %1 and not done: %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown.</source>
        <translation>
            <numerusform>%1 of %n item shown.</numerusform>
            <numerusform>%1 of %n items shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n RTL item(s)? Their evaluations and the agencies&apos; commitments to them are deleted with them.</source>
        <translation>
            <numerusform>Delete %n RTL item? Its evaluations and the agencies&apos; commitments to it are deleted with it.</numerusform>
            <numerusform>Delete %n RTL items? Their evaluations and the agencies&apos; commitments to them are deleted with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carry %n unfinished item(s) into %1? Each becomes a new planned item there, without dates or approval, to be planned and approved again; the items here stay as they are.</source>
        <translation>
            <numerusform>Carry %n unfinished item into %1? It becomes a new planned item there, without dates or approval, to be planned and approved again; the item here stays as it is.</numerusform>
            <numerusform>Carry %n unfinished items into %1? Each becomes a new planned item there, without dates or approval, to be planned and approved again; the items here stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) carried into %1.</source>
        <translation>
            <numerusform>%n item carried into %1.</numerusform>
            <numerusform>%n items carried into %1.</numerusform>
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
