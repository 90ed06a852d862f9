#include "SubjectDialog.h"

#include "EnumComboBox.h"
#include "MessageBox.h"
#include "audit/SubjectRegistration.h"
#include "domain/DecimalText.h"
#include "growth/MeasurementAssessor.h"
#include "growth/NikCheck.h"
#include "growth/SubjectAssessment.h"
#include "growth/ZScoreExplanation.h"
#include "storage/RegionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

SubjectDialog::SubjectDialog(Workspace &workspace, TargetGroup group, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_form(new QFormLayout)
    , m_group(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_nik(new QLineEdit(this))
    , m_nikWarning(new QLabel(this))
    , m_sex(new QComboBox(this))
    , m_birthDate(new QDateEdit(this))
    , m_desa(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_rt(new QLineEdit(this))
    , m_rw(new QLineEdit(this))
    , m_parent(new QLineEdit(this))
    , m_measuredOn(new QDateEdit(this))
    , m_weight(decimalEdit(tr("kg, e.g. 9,8")))
    , m_length(decimalEdit(tr("cm, e.g. 74,5")))
    , m_position(new QComboBox(this))
    , m_muac(decimalEdit(tr("cm, e.g. 23,5")))
    , m_head(decimalEdit(tr("cm")))
    , m_hb(decimalEdit(tr("g/dL, e.g. 11,2")))
    , m_gestation(decimalEdit(tr("weeks")))
    , m_oedema(new QCheckBox(tr("Oedema on both feet"), this))
    , m_risks(new QFormLayout)
    , m_smoke(new QComboBox(this))
    , m_children(decimalEdit(tr("e.g. 2")))
    , m_spacing(decimalEdit(tr("months since the last birth")))
    , m_antenatal(decimalEdit(tr("visits so far")))
    , m_iron(decimalEdit(tr("tablets taken")))
    , m_water(new QComboBox(this))
    , m_latrine(new QComboBox(this))
    , m_assessment(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Register a subject"));
    SettingsRepository settings(workspace);
    m_thresholds = RiskThresholds::fromMap(settings.values(QStringLiteral("risk.")));
    if (auto district = settings.load())
        m_regionPrefix = district->regencyCode;
    addEnumItems<TargetGroup>(m_group);
    m_group->setCurrentIndex(m_group->findData(int(group)));
    m_sex->addItem(tr("— choose —"), QString());
    addEnumCodeItems<Sex>(m_sex);
    for (QDateEdit *edit : {m_birthDate, m_measuredOn}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        edit->setMaximumDate(QDate::currentDate());
        edit->setDate(QDate::currentDate());
    }
    m_birthDate->setDate(QDate::currentDate().addYears(-1));
    m_desa->addItem(tr("— choose —"), 0);
    for (const Desa &desa : RegionRepository(workspace).desa().value_or({}))
        m_desa->addItem(desa.name, desa.id);
    m_position->addItem(tr("— not recorded —"), QString());
    addEnumCodeItems<MeasurePosition>(m_position);
    // The values are the codes the risk screens read (growth/MaternalRiskScreen, FamilyRiskScreen).
    m_smoke->addItem(tr("— not asked —"), QString());
    m_smoke->addItem(tr("Yes"), QStringLiteral("yes"));
    m_smoke->addItem(tr("No"), QStringLiteral("no"));
    m_water->addItem(tr("— not asked —"), QString());
    m_water->addItem(tr("Piped water"), QStringLiteral("piped"));
    m_water->addItem(tr("Bottled water"), QStringLiteral("bottled"));
    m_water->addItem(tr("Refill water"), QStringLiteral("refill"));
    m_water->addItem(tr("Bore well"), QStringLiteral("bore_well"));
    m_water->addItem(tr("Protected well"), QStringLiteral("protected_well"));
    m_water->addItem(tr("Unprotected well"), QStringLiteral("unprotected_well"));
    m_water->addItem(tr("River, lake or rain water"), QStringLiteral("river"));
    m_latrine->addItem(tr("— not asked —"), QString());
    m_latrine->addItem(tr("Own, with a septic tank"), QStringLiteral("septic_tank"));
    m_latrine->addItem(tr("Shared"), QStringLiteral("shared"));
    m_latrine->addItem(tr("None (open defecation)"), QStringLiteral("none"));
    m_nik->setPlaceholderText(tr("16 digits"));
    m_nikWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_nikWarning->setWordWrap(true);
    m_rt->setMaximumWidth(60);
    m_rw->setMaximumWidth(60);
    m_assessment->setWordWrap(true);
    m_assessment->setMinimumHeight(80);
    m_assessment->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *rtRw = new QHBoxLayout;
    rtRw->addWidget(new QLabel(tr("RT"), this));
    rtRw->addWidget(m_rt);
    rtRw->addWidget(new QLabel(tr("RW"), this));
    rtRw->addWidget(m_rw);
    rtRw->addStretch(1);
    m_form->addRow(tr("Target group:"), m_group);
    m_form->addRow(tr("Name: *"), m_name);
    m_form->addRow(tr("NIK:"), m_nik);
    m_form->addRow(QString(), m_nikWarning);
    m_form->addRow(tr("Sex:"), m_sex);
    m_form->addRow(tr("Birth date:"), m_birthDate);
    m_form->addRow(tr("Desa: *"), m_desa);
    m_form->addRow(tr("Address:"), m_address);
    m_form->addRow(QString(), rtRw);
    m_form->addRow(tr("Mother's name:"), m_parent);
    auto *identity = new QGroupBox(tr("Identity"), this);
    identity->setLayout(m_form);

    auto *measures = new QFormLayout;
    measures->addRow(tr("Measured on:"), m_measuredOn);
    measures->addRow(tr("Weight:"), m_weight);
    measures->addRow(tr("Length/height:"), m_length);
    measures->addRow(tr("Measured:"), m_position);
    measures->addRow(tr("LiLA (MUAC):"), m_muac);
    measures->addRow(tr("Head circumference:"), m_head);
    measures->addRow(tr("Hb:"), m_hb);
    measures->addRow(tr("Gestational age:"), m_gestation);
    measures->addRow(QString(), m_oedema);
    auto *measurement = new QGroupBox(tr("First measurement"), this);
    measurement->setLayout(measures);
    m_risks->addRow(tr("Exposed to cigarette smoke:"), m_smoke);
    m_risks->addRow(tr("Children born:"), m_children);
    m_risks->addRow(tr("Birth spacing:"), m_spacing);
    m_risks->addRow(tr("Antenatal visits:"), m_antenatal);
    m_risks->addRow(tr("Iron-folic tablets:"), m_iron);
    m_risks->addRow(tr("Drinking water:"), m_water);
    m_risks->addRow(tr("Latrine:"), m_latrine);
    auto *riskFactors = new QGroupBox(tr("Risk factors"), this);
    riskFactors->setLayout(m_risks);
    auto *result = new QGroupBox(tr("Assessment"), this);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_assessment);

    auto *right = new QVBoxLayout;
    right->addWidget(measurement);
    right->addWidget(riskFactors);
    right->addWidget(result, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(identity, 1);
    columns->addLayout(right, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_nik, m_weight, m_length, m_muac, m_head, m_hb, m_gestation, m_children, m_spacing, m_antenatal, m_iron})
        connect(edit, &QLineEdit::textChanged, this, &SubjectDialog::update);
    for (QComboBox *box : {m_sex, m_position, m_smoke, m_water, m_latrine})
        connect(box, &QComboBox::currentIndexChanged, this, &SubjectDialog::update);
    for (QDateEdit *edit : {m_birthDate, m_measuredOn})
        connect(edit, &QDateEdit::dateChanged, this, &SubjectDialog::update);
    connect(m_oedema, &QCheckBox::toggled, this, &SubjectDialog::update);
    connect(m_group, &QComboBox::currentIndexChanged, this, &SubjectDialog::showGroupFields);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubjectDialog::reject);
    showGroupFields();
}

QLineEdit *SubjectDialog::decimalEdit(const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setMaximumWidth(160);
    return edit;
}

void SubjectDialog::showGroupFields()
{
    const TargetGroup group = TargetGroup(m_group->currentData().toInt());
    const bool child = isChildGroup(group);
    m_form->setRowVisible(m_sex, child);
    if (!child)
        m_sex->setCurrentIndex(m_sex->findData(enumCode(Sex::Female)));
    m_form->labelForField(m_parent)->setProperty("text", child ? tr("Mother's name:") : tr("Husband's name:"));
    for (QWidget *field : {static_cast<QWidget *>(m_position), static_cast<QWidget *>(m_head), static_cast<QWidget *>(m_oedema)})
        static_cast<QFormLayout *>(field->parentWidget()->layout())->setRowVisible(field, child);
    static_cast<QFormLayout *>(m_hb->parentWidget()->layout())->setRowVisible(m_hb, !child);
    static_cast<QFormLayout *>(m_gestation->parentWidget()->layout())->setRowVisible(m_gestation, group == TargetGroup::Bumil);
    for (QWidget *field : {static_cast<QWidget *>(m_smoke), static_cast<QWidget *>(m_children), static_cast<QWidget *>(m_spacing)})
        m_risks->setRowVisible(field, !child);
    for (QWidget *field : {static_cast<QWidget *>(m_antenatal), static_cast<QWidget *>(m_iron)})
        m_risks->setRowVisible(field, group == TargetGroup::Bumil);
    update();
}

Subject SubjectDialog::readSubject() const
{
    Subject s;
    s.group = TargetGroup(m_group->currentData().toInt());
    s.name = m_name->text().trimmed();
    s.nik = m_nik->text().remove(QLatin1Char(' '));
    s.sex = enumFromCode<Sex>(m_sex->currentData().toString());
    s.birthDate = m_birthDate->date();
    s.desaId = m_desa->currentData().toLongLong();
    s.address = m_address->text().trimmed();
    s.rt = m_rt->text().trimmed();
    s.rw = m_rw->text().trimmed();
    (isChildGroup(s.group) ? s.motherName : s.spouseName) = m_parent->text().trimmed();
    return s;
}

std::optional<Measurement> SubjectDialog::readMeasurement(QStringList *problems) const
{
    Measurement m;
    m.measuredOn = m_measuredOn->date();
    bool any = false;
    auto read = [&](QLineEdit *edit, std::optional<double> &target, const QString &label, double low, double high) {
        bool valid = true;
        target = DecimalText::parse(edit->text(), &valid);
        if (!valid || (target && (*target < low || *target > high))) {
            if (problems)
                problems->append(tr("%1 \"%2\" is not a possible value (%3 to %4).").arg(label, edit->text(), QLocale().toString(low), QLocale().toString(high)));
            target.reset();
        }
        any = any || target.has_value();
    };
    read(m_weight, m.weightKg, tr("Weight"), 0.5, 200);
    read(m_length, m.lengthHeightCm, tr("Length/height"), 35, 220);
    read(m_muac, m.muacCm, tr("LiLA"), 5, 60);
    read(m_head, m.headCircumferenceCm, tr("Head circumference"), 20, 70);
    read(m_hb, m.hbGdl, tr("Hb"), 2, 25);
    read(m_gestation, m.gestationalAgeWeeks, tr("Gestational age"), 1, 45);
    m.position = enumFromCode<MeasurePosition>(m_position->currentData().toString());
    m.oedema = m_oedema->isChecked();
    if (!any)
        return std::nullopt;
    return m;
}

RiskAnswerValues SubjectDialog::readAnswers(QStringList *problems) const
{
    const TargetGroup group = TargetGroup(m_group->currentData().toInt());
    const bool child = isChildGroup(group);
    RiskAnswerValues answers;
    auto choose = [&](QComboBox *box, const char *factor) {
        if (!box->currentData().toString().isEmpty())
            answers.insert(QLatin1String(factor), box->currentData().toString());
    };
    auto count = [&](QLineEdit *edit, const char *factor, const QString &label, int high) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 0 || value > high) {
            if (problems)
                problems->append(tr("%1 \"%2\" is not a possible value (a whole number from 0 to %3).").arg(label, text).arg(high));
            return;
        }
        answers.insert(QLatin1String(factor), QString::number(value));
    };
    choose(m_water, "water_source");
    choose(m_latrine, "latrine");
    if (!child) {
        choose(m_smoke, "smoking_exposure");
        count(m_children, "children_count", tr("Children born"), 25);
        count(m_spacing, "birth_spacing_months", tr("Birth spacing"), 600);
    }
    if (group == TargetGroup::Bumil) {
        count(m_antenatal, "antenatal_visits", tr("Antenatal visits"), 30);
        count(m_iron, "iron_tablets", tr("Iron-folic tablets"), 400);
    }
    return answers;
}

void SubjectDialog::update()
{
    const Subject subject = readSubject();
    const QStringList nikWarnings = NikCheck::warnings(subject.nik, subject.birthDate, subject.sex, m_regionPrefix);
    m_nikWarning->setText(nikWarnings.join(QLatin1Char('\n')));
    m_nikWarning->setVisible(!nikWarnings.isEmpty());
    QStringList problems;
    const auto measurement = readMeasurement(&problems);
    const RiskAnswerValues answers = readAnswers(&problems);
    QStringList lines = problems;
    if (measurement || !answers.isEmpty())
        lines += SubjectAssessment::describe(subject, measurement, answers, m_thresholds);
    else if (problems.isEmpty())
        lines << tr("Type the measurement to see the z-scores or risks.");
    m_assessment->setText(lines.join(QLatin1Char('\n')));
    m_assessment->setToolTip(measurement && isChildGroup(subject.group) ? zScoreExplanations(subject, *measurement) : QString());
}

QString SubjectDialog::zScoreExplanations(const Subject &subject, const Measurement &measurement)
{
    QStringList parts;
    for (ChildIndex index : {ChildIndex::LengthForAge, ChildIndex::WeightForAge, ChildIndex::WeightForLength, ChildIndex::BmiForAge}) {
        const QString text = ZScoreExplanation::explain(subject, measurement, index);
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral("\n\n"));
}

void SubjectDialog::accept()
{
    QStringList problems;
    Subject subject = readSubject();
    if (subject.name.isEmpty())
        problems << tr("Please fill in the name.");
    if (subject.desaId == 0)
        problems << tr("Please choose the desa.");
    if (isChildGroup(subject.group) && !subject.sex)
        problems << tr("Please choose the child's sex: the z-scores depend on it.");
    std::optional<Measurement> measurement = readMeasurement(&problems);
    const RiskAnswerValues answers = readAnswers(&problems);
    if (measurement && measurement->measuredOn < subject.birthDate)
        problems << tr("The measurement date is before the birth date.");
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        return;
    }
    if (Status saved = SubjectRegistration::save(m_workspace, subject, measurement, answers); !saved) {
        MessageBox::critical(this, windowTitle(), tr("The subject could not be saved; nothing was changed.\n\n%1").arg(saved.error()));
        return;
    }
    m_subject = subject;
    QDialog::accept();
}
