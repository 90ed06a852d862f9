<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>ActionItemRepository</name>
    <message>
        <source>The RTL item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionItemTableModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 and not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTiming</name>
    <message>
        <source>Immediate (segera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (terencana)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yr %2 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The audit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Format version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is not at this program&apos;s format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a workspace&apos;s integrity, foreign keys and format version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments; see &apos;tuntas-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleProgress</name>
    <message>
        <source>No decree number yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decree date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chair (Ketua) in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secretary (Sekretaris) in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technical team member (Tim Teknis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expert (Tim Pakar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 cases selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases selected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a signed expert review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No RTL items yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s) not yet approved by the TPPS chair</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No dissemination meeting with attendance and minutes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RTL items to evaluate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s) not yet evaluated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No cases to follow up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a confirmed outcome</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleRepository</name>
    <message>
        <source>The audit cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleStage</name>
    <message>
        <source>Team formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case identification and selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <source>&amp;Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RTL items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>Manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-PPGBM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsimil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family census (PK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIA register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The new workspace file to create, e.g. demo.tuntas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the district as it would be on DATE (yyyy-mm-dd) instead of today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as yyyy-mm-dd, e.g. 2024-09-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demonstration workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demonstration workspace (an invented district).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Print JSON with stable English keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTL items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 of %2 (%3): %4 cases, %5 overdue RTL items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show counts and each cycle&apos;s stages (--json for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterventionType</name>
    <message>
        <source>Specific (spesifik)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive (sensitif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demonstration workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tuntas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuntas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 subjects · %3 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuntas workspaces (*.tuntas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuntas workspaces (*.tuntas);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard for &quot;%1&quot; comes in a later version of Tuntas. Until then this stage shows what the workspace&apos;s data already say about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tuntas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuntas %1

Runs a district&apos;s stunting case audit (Audit Kasus Stunting) offline, from the team&apos;s decree to the evaluation of the follow-up plan.

Z-scores follow the WHO Child Growth Standards 2006 and the WHO Reference 2007.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurePosition</name>
    <message>
        <source>Lying (length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing (height)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Dissemination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second dissemination (evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other audit meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCycleDialog</name>
    <message>
        <source>New audit cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle 1 (January to June)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle 2 (July to December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 of %2 already exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryRows</name>
    <message>
        <source>%1 was not found in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationKind</name>
    <message>
        <source>Handling this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving case management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventing similar cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionReason</name>
    <message>
        <source>Did not improve after intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-burden area (lokus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult case or suspected disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk mother or bride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data complete enough to audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kabupaten Sukamaju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 32.04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PEMERINTAH KABUPATEN SUKAMAJU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, telephone, e-mail: one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District (printed on the letterhead of every document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regency or city: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kemendagri code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place for signatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the district&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a logo: choose a PNG or SVG file under 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regency or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in %1: documents cannot be printed without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The workspace could not be read or changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still lacking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wizard for this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectRepository</name>
    <message>
        <source>The subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length/height-for-age z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>The record to change no longer exists in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetGroup</name>
    <message>
        <source>Prospective bride (CATIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant woman (BUMIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpartum mother (BUFAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child under two (BADUTA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child under five (BALITA)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <source>Steering (Pengarah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair (Ketua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice chair (Wakil Ketua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary (Sekretaris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical team (Tim Teknis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert (Tim Pakar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family companion team (TPK)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Tuntas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuntas keeps your district&apos;s stunting case audit, from the team&apos;s decree to the evaluation of the follow-up plan, in one workspace file on this computer. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your district: Tuntas then asks for the office&apos;s details for the letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .tuntas file you or a colleague made before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demonstration workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invented district with a finished cycle and one in progress, to explore safely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Tuntas never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose a folder of your own, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read. Check that it is a file and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tuntas workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Tuntas (format %2; this program reads up to format %3). Update Tuntas to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only, or its folder is. Copy it to a folder of your own (such as Documents) and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore a backup; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program or another Tuntas window. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the workspace to format %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>%1 is already open in another Tuntas window (process %2 on %3). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuntas cannot create %1.lock beside the workspace. Check that the folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: tuntas-cli COMMAND [OPTIONS] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;tuntas-cli COMMAND --help&apos; describes a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuntas-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
