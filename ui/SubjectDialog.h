#pragma once

#include "domain/Desa.h"
#include "domain/Measurement.h"
#include "domain/RiskAnswer.h"
#include "domain/Subject.h"
#include "growth/RiskThresholds.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class Workspace;

// Registers a subject by hand: the fields of its target group, a first measurement and the risk
// factors (a mother's or bride's 4 Terlalu, smoke and pregnancy care; the family's water and
// latrine), with z-scores or risks shown as the values are typed (decimal commas welcome).
class SubjectDialog : public QDialog {
    Q_OBJECT
public:
    SubjectDialog(Workspace &workspace, TargetGroup group, QWidget *parent = nullptr);

    QComboBox *groupBox() const { return m_group; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nikEdit() const { return m_nik; }
    QComboBox *sexBox() const { return m_sex; }
    QDateEdit *birthDateEdit() const { return m_birthDate; }
    QDateEdit *measuredOnEdit() const { return m_measuredOn; }
    QLineEdit *weightEdit() const { return m_weight; }
    QLineEdit *lengthEdit() const { return m_length; }
    QLineEdit *muacEdit() const { return m_muac; }
    QLineEdit *hbEdit() const { return m_hb; }
    QComboBox *positionBox() const { return m_position; }
    QComboBox *desaBox() const { return m_desa; }
    QComboBox *smokeBox() const { return m_smoke; }
    QLineEdit *childrenEdit() const { return m_children; }
    QLineEdit *spacingEdit() const { return m_spacing; }
    QLineEdit *antenatalEdit() const { return m_antenatal; }
    QLineEdit *ironEdit() const { return m_iron; }
    QComboBox *waterBox() const { return m_water; }
    QComboBox *latrineBox() const { return m_latrine; }
    QLabel *assessmentLabel() const { return m_assessment; }
    QLabel *problemLabel() const { return m_problem; }
    const Subject &subject() const { return m_subject; }

    void accept() override;

private:
    QLineEdit *decimalEdit(const QString &placeholder);
    void showGroupFields();
    void update();
    Subject readSubject() const;
    std::optional<Measurement> readMeasurement(QStringList *problems) const;
    RiskAnswerValues readAnswers(QStringList *problems) const;
    static QString zScoreExplanations(const Subject &subject, const Measurement &measurement);

    Workspace &m_workspace;
    RiskThresholds m_thresholds;
    QString m_regionPrefix;
    Subject m_subject;
    QFormLayout *m_form;
    QComboBox *m_group;
    QLineEdit *m_name;
    QLineEdit *m_nik;
    QLabel *m_nikWarning;
    QComboBox *m_sex;
    QDateEdit *m_birthDate;
    QComboBox *m_desa;
    QLineEdit *m_address;
    QLineEdit *m_rt;
    QLineEdit *m_rw;
    QLineEdit *m_parent;
    QDateEdit *m_measuredOn;
    QLineEdit *m_weight;
    QLineEdit *m_length;
    QComboBox *m_position;
    QLineEdit *m_muac;
    QLineEdit *m_head;
    QLineEdit *m_hb;
    QLineEdit *m_gestation;
    QCheckBox *m_oedema;
    QFormLayout *m_risks;
    QComboBox *m_smoke;
    QLineEdit *m_children;
    QLineEdit *m_spacing;
    QLineEdit *m_antenatal;
    QLineEdit *m_iron;
    QComboBox *m_water;
    QComboBox *m_latrine;
    QLabel *m_assessment;
    QLabel *m_problem;
};
