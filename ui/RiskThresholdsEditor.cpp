#include "RiskThresholdsEditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

RiskThresholdsEditor::RiskThresholdsEditor(QWidget *parent)
    : QWidget(parent)
    , m_muac(decimal(15, 35, tr(" cm")))
    , m_hbPregnant(decimal(5, 16, tr(" g/dL")))
    , m_hbNotPregnant(decimal(5, 16, tr(" g/dL")))
    , m_bmi(decimal(12, 30, QString()))
    , m_tooYoung(whole(14, 25, tr(" years")))
    , m_tooOld(whole(30, 50, tr(" years")))
    , m_spacing(whole(6, 60, tr(" months")))
    , m_tooMany(whole(1, 10, tr(" children")))
    , m_shortStature(decimal(130, 170, tr(" cm")))
    , m_antenatal(whole(1, 12, tr(" visits")))
    , m_iron(whole(10, 200, tr(" tablets")))
{
    auto *note = new QLabel(tr("A risk is reported when a value is below (or, for age and children, above) its threshold. "
                               "The defaults follow the national guidance; change them only when your district's guidance differs."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("LiLA below (KEK):"), m_muac);
    form->addRow(tr("Hb below, pregnant:"), m_hbPregnant);
    form->addRow(tr("Hb below, bride or postpartum:"), m_hbNotPregnant);
    form->addRow(tr("BMI below:"), m_bmi);
    form->addRow(tr("Too young, under:"), m_tooYoung);
    form->addRow(tr("Too old, over:"), m_tooOld);
    form->addRow(tr("Births too close, under:"), m_spacing);
    form->addRow(tr("Too many children, over:"), m_tooMany);
    form->addRow(tr("Short stature, under:"), m_shortStature);
    form->addRow(tr("Antenatal visits, fewer than:"), m_antenatal);
    form->addRow(tr("Iron-folic tablets, fewer than:"), m_iron);
    auto *defaults = new QPushButton(tr("Restore the guidance's defaults"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(defaults, &QPushButton::clicked, this, [this] { setThresholds(RiskThresholds{}); });
    setThresholds(RiskThresholds{});
}

QDoubleSpinBox *RiskThresholdsEditor::decimal(double minimum, double maximum, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(minimum, maximum);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(suffix);
    return box;
}

QSpinBox *RiskThresholdsEditor::whole(int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

void RiskThresholdsEditor::setThresholds(const RiskThresholds &t)
{
    m_muac->setValue(t.muacCm);
    m_hbPregnant->setValue(t.hbPregnant);
    m_hbNotPregnant->setValue(t.hbNotPregnant);
    m_bmi->setValue(t.bmiUnderweight);
    m_tooYoung->setValue(t.tooYoungYears);
    m_tooOld->setValue(t.tooOldYears);
    m_spacing->setValue(t.spacingMonths);
    m_tooMany->setValue(t.tooManyChildren);
    m_shortStature->setValue(t.shortStatureCm);
    m_antenatal->setValue(t.antenatalVisits);
    m_iron->setValue(t.ironTablets);
}

RiskThresholds RiskThresholdsEditor::thresholds() const
{
    RiskThresholds t;
    t.muacCm = m_muac->value();
    t.hbPregnant = m_hbPregnant->value();
    t.hbNotPregnant = m_hbNotPregnant->value();
    t.bmiUnderweight = m_bmi->value();
    t.tooYoungYears = m_tooYoung->value();
    t.tooOldYears = m_tooOld->value();
    t.spacingMonths = m_spacing->value();
    t.tooManyChildren = m_tooMany->value();
    t.shortStatureCm = m_shortStature->value();
    t.antenatalVisits = m_antenatal->value();
    t.ironTablets = m_iron->value();
    return t;
}
