#pragma once

#include "audit/TeamDraft.h"
#include "domain/Agency.h"
#include "domain/Desa.h"
#include "domain/Kecamatan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// Adds or edits one team member: pick a person the workspace knows or type a new one, then the role
// and, for TPK and technical-team members, the kecamatan and desa they cover.
class PersonDialog : public QDialog {
    Q_OBJECT
public:
    struct Choices {
        QList<Person> people;
        QList<Agency> agencies;
        QList<Kecamatan> kecamatan;
        QList<Desa> desa;
    };
    PersonDialog(const Choices &choices, const DraftMember &member, QWidget *parent = nullptr);

    DraftMember member() const;
    void accept() override;

    QComboBox *knownBox() const { return m_known; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nipEdit() const { return m_nip; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *desaBox() const { return m_desa; }
    QLabel *nipWarning() const { return m_nipWarning; }

private:
    void showPerson(const Person &person);
    void updateArea();
    void checkNip();

    Choices m_choices;
    DraftMember m_member;
    QComboBox *m_known;
    QLineEdit *m_frontTitle;
    QLineEdit *m_name;
    QLineEdit *m_backTitle;
    QLineEdit *m_nip;
    QLabel *m_nipWarning;
    QLineEdit *m_rank;
    QLineEdit *m_position;
    QComboBox *m_agency;
    QLineEdit *m_speciality;
    QLineEdit *m_phone;
    QComboBox *m_role;
    QComboBox *m_kecamatan;
    QComboBox *m_desa;
    QLabel *m_problem;
};
