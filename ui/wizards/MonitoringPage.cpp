#include "wizards/MonitoringPage.h"

#include "EnumComboBox.h"
#include "audit/MonitoringRecorder.h"
#include "domain/DateText.h"
#include "domain/DecimalText.h"
#include "growth/MeasurementAssessor.h"
#include "growth/SubjectAssessment.h"
#include "growth/ZScoreExplanation.h"
#include "storage/CycleRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "wizards/EvaluationWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace {
QString decimal(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QString();
}
}

MonitoringPage::MonitoringPage(EvaluationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_caseList(new QListWidget(this))
    , m_caseTitle(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Monitoring"));
    setSubTitle(tr("Up to three monthly follow-up visits per case, with what was measured. The z-scores and risks are worked out "
                   "as you type. Next stores the visits of the cases you changed."));
    m_caseList->setMaximumWidth(280);
    m_problems->setStyleSheet(QStringLiteral("color:#b01e1e"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    QFont bold = m_caseTitle->font();
    bold.setBold(true);
    m_caseTitle->setFont(bold);

    auto *right = new QVBoxLayout;
    right->addWidget(m_caseTitle);
    right->addWidget(buildGrid());
    right->addWidget(m_problems);
    right->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_caseList);
    layout->addLayout(right, 1);

    connect(m_caseList, &QListWidget::currentRowChanged, this, [this](int row) {
        storeFields();
        showCase(row);
    });
}

QWidget *MonitoringPage::buildGrid()
{
    auto *grid = new QWidget(this);
    auto *layout = new QGridLayout(grid);
    const QStringList labels = {tr("Visited"), tr("Date"), tr("Weight (kg)"), tr("Length/height (cm)"), tr("Measured"), tr("LiLA (cm)"),
                                tr("Hb (g/dL)"), tr("TPK member"), tr("Note"), tr("Result")};
    QList<QLabel *> rowLabels;
    for (int row = 0; row < labels.size(); ++row) {
        auto *label = new QLabel(labels.at(row), grid);
        layout->addWidget(label, row + 1, 0, Qt::AlignTop);
        rowLabels.append(label);
    }
    m_childRows << rowLabels.at(4);
    m_motherRows << rowLabels.at(6);
    for (int month = 0; month < 3; ++month) {
        auto *header = new QLabel(tr("Month %1").arg(month + 1), grid);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        layout->addWidget(header, 0, month + 1);
        MonthFields &f = m_months[month];
        f.visited = new QCheckBox(tr("visit recorded"), grid);
        f.date = new OptionalDateEdit(grid);
        f.weight = new QLineEdit(grid);
        f.length = new QLineEdit(grid);
        f.position = new QComboBox(grid);
        f.position->addItem(tr("— not recorded —"), QString());
        addEnumCodeItems<MeasurePosition>(f.position);
        f.muac = new QLineEdit(grid);
        f.hb = new QLineEdit(grid);
        f.visitor = new QComboBox(grid);
        f.note = new QLineEdit(grid);
        f.result = new QLabel(grid);
        f.result->setWordWrap(true);
        f.result->setMinimumHeight(64);
        f.result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        const QList<QWidget *> column = {f.visited, f.date, f.weight, f.length, f.position, f.muac, f.hb, f.visitor, f.note, f.result};
        for (int row = 0; row < column.size(); ++row)
            layout->addWidget(column.at(row), row + 1, month + 1);
        m_childRows << f.position;
        m_motherRows << f.hb;

        connect(f.visited, &QCheckBox::toggled, this, [this, month](bool on) {
            MonthFields &fields = m_months[month];
            if (on && !fields.date->value().isValid() && !m_showing)
                fields.date->setDate(m_wizard->today());
            fieldChanged(month);
        });
        connect(f.date, &QDateEdit::dateChanged, this, [this, month] { fieldChanged(month); });
        for (QLineEdit *edit : {f.weight, f.length, f.muac, f.hb, f.note})
            connect(edit, &QLineEdit::textChanged, this, [this, month] { fieldChanged(month); });
        for (QComboBox *box : {f.position, f.visitor})
            connect(box, &QComboBox::currentIndexChanged, this, [this, month] { fieldChanged(month); });
    }
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
    layout->setColumnStretch(3, 1);
    return grid;
}

void MonitoringPage::initializePage()
{
    m_thresholds = RiskThresholds::fromMap(SettingsRepository(m_wizard->workspace()).values(QStringLiteral("risk.")));
    PeopleRepository people(m_wizard->workspace());
    for (MonthFields &f : m_months) {
        const QSignalBlocker blocker(f.visitor);
        f.visitor->clear();
        f.visitor->addItem(tr("— not recorded —"), 0);
    }
    for (const TeamMember &member : CycleRepository(m_wizard->workspace()).members(m_wizard->cycleId()).value_or({})) {
        if (member.role != TeamRole::FamilyCompanion)
            continue;
        auto person = people.person(member.personId);
        for (MonthFields &f : m_months) {
            const QSignalBlocker blocker(f.visitor);
            f.visitor->addItem(person ? person->fullName() : tr("TPK member %1").arg(member.id), member.id);
        }
    }

    MonitoringRecorder recorder(m_wizard->workspace());
    m_drafts.clear();
    m_touched.clear();
    m_inputProblems.clear();
    m_currentRow = -1;
    const QSignalBlocker blocker(m_caseList);
    m_caseList->clear();
    for (const AuditCase &auditCase : m_wizard->cases()) {
        Slots visits;
        for (const MonitoringEntry &entry : recorder.load(auditCase).value_or({})) {
            if (entry.visit.monthIndex >= 1 && entry.visit.monthIndex <= 3)
                visits[entry.visit.monthIndex - 1] = Slot{true, true, entry};
        }
        m_drafts.insert(auditCase.id, visits);
        const Subject subject = m_wizard->subject(auditCase.subjectId);
        m_caseList->addItem(QStringLiteral("%1 · %2").arg(auditCase.caseCode, enumCode(subject.group)));
    }
    if (m_caseList->count() > 0)
        m_caseList->setCurrentRow(0);
    showCase(m_caseList->currentRow());
}

bool MonitoringPage::isChildCase() const
{
    if (m_currentRow < 0 || m_currentRow >= m_wizard->cases().size())
        return false;
    return isChildGroup(m_wizard->subject(m_wizard->cases().at(m_currentRow).subjectId).group);
}

void MonitoringPage::showCase(int row)
{
    m_currentRow = row;
    const bool valid = row >= 0 && row < m_wizard->cases().size();
    m_showing = true;
    if (!valid) {
        m_caseTitle->setText(tr("This cycle has no cases to follow up yet."));
        for (MonthFields &f : m_months) {
            for (QWidget *w : {static_cast<QWidget *>(f.visited), static_cast<QWidget *>(f.date), static_cast<QWidget *>(f.weight),
                               static_cast<QWidget *>(f.length), static_cast<QWidget *>(f.position), static_cast<QWidget *>(f.muac),
                               static_cast<QWidget *>(f.hb), static_cast<QWidget *>(f.visitor), static_cast<QWidget *>(f.note)})
                w->setEnabled(false);
        }
        m_showing = false;
        return;
    }
    const AuditCase &auditCase = m_wizard->cases().at(row);
    const Subject subject = m_wizard->subject(auditCase.subjectId);
    m_caseTitle->setText(tr("%1 — %2, selected on %3")
                             .arg(auditCase.caseCode, enumName(subject.group),
                                  auditCase.selectedOn.isValid() ? DateText::date(auditCase.selectedOn) : tr("unknown date")));
    const bool child = isChildGroup(subject.group);
    for (QWidget *w : m_childRows)
        w->setVisible(child);
    for (QWidget *w : m_motherRows)
        w->setVisible(!child);
    const Slots &visits = m_drafts.value(auditCase.id);
    for (int month = 0; month < 3; ++month) {
        MonthFields &f = m_months[month];
        const Slot &slot = visits[month];
        const Measurement &m = slot.entry.measurement;
        f.visited->setEnabled(!slot.stored);
        f.visited->setToolTip(slot.stored ? tr("A stored visit can be corrected here but not removed.") : QString());
        f.visited->setChecked(slot.present);
        f.date->setValue(slot.entry.visit.visitDate);
        f.weight->setText(decimal(m.weightKg));
        f.length->setText(decimal(m.lengthHeightCm));
        f.position->setCurrentIndex(qMax(0, f.position->findData(m.position ? enumCode(*m.position) : QString())));
        f.muac->setText(decimal(m.muacCm));
        f.hb->setText(decimal(m.hbGdl));
        f.visitor->setCurrentIndex(qMax(0, f.visitor->findData(slot.entry.visit.visitorMemberId)));
        f.note->setText(slot.entry.visit.note);
        for (QWidget *w : {static_cast<QWidget *>(f.date), static_cast<QWidget *>(f.weight), static_cast<QWidget *>(f.length),
                           static_cast<QWidget *>(f.position), static_cast<QWidget *>(f.muac), static_cast<QWidget *>(f.hb),
                           static_cast<QWidget *>(f.visitor), static_cast<QWidget *>(f.note)})
            w->setEnabled(slot.present);
        updateResult(month);
    }
    m_showing = false;
}

Measurement MonitoringPage::readMeasurement(int month, QStringList *problems) const
{
    const MonthFields &f = m_months.at(month);
    const bool child = isChildCase();
    Measurement m;
    m.measuredOn = f.date->value();
    auto read = [&](QLineEdit *edit, std::optional<double> &target, const QString &label) {
        bool valid = true;
        target = DecimalText::parse(edit->text(), &valid);
        if (!valid && problems)
            problems->append(tr("Month %1: %2 \"%3\" is not a number.").arg(month + 1).arg(label, edit->text()));
    };
    read(f.weight, m.weightKg, tr("weight"));
    read(f.length, m.lengthHeightCm, tr("length/height"));
    read(f.muac, m.muacCm, tr("LiLA"));
    if (!child)
        read(f.hb, m.hbGdl, tr("Hb"));
    if (child)
        m.position = enumFromCode<MeasurePosition>(f.position->currentData().toString());
    return m;
}

void MonitoringPage::storeFields()
{
    if (m_currentRow < 0 || m_currentRow >= m_wizard->cases().size())
        return;
    const AuditCase &auditCase = m_wizard->cases().at(m_currentRow);
    Slots &visits = m_drafts[auditCase.id];
    QStringList problems;
    for (int month = 0; month < 3; ++month) {
        const MonthFields &f = m_months.at(month);
        Slot &slot = visits[month];
        slot.present = f.visited->isChecked();
        if (!slot.present)
            continue;
        const Measurement read = readMeasurement(month, &problems);
        Measurement &m = slot.entry.measurement;
        m.weightKg = read.weightKg;
        m.lengthHeightCm = read.lengthHeightCm;
        m.position = read.position;
        m.muacCm = read.muacCm;
        m.hbGdl = read.hbGdl;
        slot.entry.visit.monthIndex = month + 1;
        slot.entry.visit.visitDate = read.measuredOn;
        slot.entry.visit.visitorMemberId = f.visitor->currentData().toLongLong();
        slot.entry.visit.note = f.note->text().trimmed();
    }
    for (QString &problem : problems)
        problem = QStringLiteral("%1, %2").arg(auditCase.caseCode, problem);
    m_inputProblems.insert(auditCase.id, problems);
}

void MonitoringPage::fieldChanged(int month)
{
    if (m_showing)
        return;
    if (m_currentRow >= 0 && m_currentRow < m_wizard->cases().size())
        m_touched.insert(m_wizard->cases().at(m_currentRow).id);
    const MonthFields &f = m_months.at(month);
    const bool on = f.visited->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(f.date), static_cast<QWidget *>(f.weight), static_cast<QWidget *>(f.length),
                       static_cast<QWidget *>(f.position), static_cast<QWidget *>(f.muac), static_cast<QWidget *>(f.hb),
                       static_cast<QWidget *>(f.visitor), static_cast<QWidget *>(f.note)})
        w->setEnabled(on);
    updateResult(month);
}

void MonitoringPage::updateResult(int month)
{
    MonthFields &f = m_months[month];
    if (!f.visited->isChecked() || m_currentRow < 0 || m_currentRow >= m_wizard->cases().size()) {
        f.result->clear();
        f.result->setToolTip(QString());
        return;
    }
    const Subject subject = m_wizard->subject(m_wizard->cases().at(m_currentRow).subjectId);
    QStringList problems;
    Measurement m = readMeasurement(month, &problems);
    if (!problems.isEmpty()) {
        f.result->setText(problems.join(QLatin1Char('\n')));
        f.result->setToolTip(QString());
        return;
    }
    if (!m.weightKg && !m.lengthHeightCm && !m.muacCm && !m.hbGdl) {
        f.result->setText(tr("Type the measurement to see the z-scores or risks."));
        f.result->setToolTip(QString());
        return;
    }
    MeasurementAssessor::apply(subject, m);
    f.result->setText(SubjectAssessment::describe(subject, m, {}, m_thresholds).join(QLatin1Char('\n')));
    QStringList explanations;
    if (isChildGroup(subject.group)) {
        for (ChildIndex index : {ChildIndex::LengthForAge, ChildIndex::WeightForAge, ChildIndex::WeightForLength, ChildIndex::BmiForAge}) {
            const QString text = ZScoreExplanation::explain(subject, m, index);
            if (!text.isEmpty())
                explanations << text;
        }
    }
    f.result->setToolTip(explanations.join(QStringLiteral("\n\n")));
}

bool MonitoringPage::validatePage()
{
    storeFields();
    QStringList problems;
    QList<MonitoringRecorder::CaseVisits> changed;
    for (const AuditCase &auditCase : m_wizard->cases()) {
        if (!m_touched.contains(auditCase.id))
            continue;
        problems << m_inputProblems.value(auditCase.id);
        MonitoringRecorder::CaseVisits visits{auditCase, {}};
        for (const Slot &slot : m_drafts.value(auditCase.id)) {
            if (slot.present)
                visits.entries.append(slot.entry);
        }
        changed.append(visits);
    }
    MonitoringRecorder recorder(m_wizard->workspace());
    for (const auto &visits : changed)
        problems << recorder.problems(visits, m_wizard->today());
    if (problems.isEmpty() && !changed.isEmpty()) {
        if (Status saved = recorder.save(changed, m_wizard->today()); !saved)
            problems << tr("The visits could not be saved; nothing was changed.") << saved.error();
    }
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->show();
        return false;
    }
    for (const auto &saved : changed) {
        Slots &months = m_drafts[saved.auditCase.id];
        for (const MonitoringEntry &entry : saved.entries)
            months[entry.visit.monthIndex - 1] = Slot{true, true, entry};
    }
    m_touched.clear();
    m_problems->hide();
    showCase(m_currentRow);
    return true;
}
