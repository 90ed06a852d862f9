#pragma once

#include "growth/RiskThresholds.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

// Edits the thresholds of maternal and bride risk screening, with the guidance's defaults at hand.
class RiskThresholdsEditor : public QWidget {
    Q_OBJECT
public:
    explicit RiskThresholdsEditor(QWidget *parent = nullptr);
    void setThresholds(const RiskThresholds &thresholds);
    RiskThresholds thresholds() const;

private:
    QDoubleSpinBox *decimal(double minimum, double maximum, const QString &suffix);
    QSpinBox *whole(int minimum, int maximum, const QString &suffix);

    QDoubleSpinBox *m_muac;
    QDoubleSpinBox *m_hbPregnant;
    QDoubleSpinBox *m_hbNotPregnant;
    QDoubleSpinBox *m_bmi;
    QSpinBox *m_tooYoung;
    QSpinBox *m_tooOld;
    QSpinBox *m_spacing;
    QSpinBox *m_tooMany;
    QDoubleSpinBox *m_shortStature;
    QSpinBox *m_antenatal;
    QSpinBox *m_iron;
};
