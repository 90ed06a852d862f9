#pragma once

#include "wizards/MeetingPage.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

// What the meeting is, when and where, who chairs it and its agenda.
class MeetingDetailsPage : public MeetingPage {
    Q_OBJECT
public:
    explicit MeetingDetailsPage(MeetingWizard *wizard);
    void collect(Meeting &meeting) const override;

    QComboBox *kindBox() const { return m_kind; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *timeEdit() const { return m_time; }
    QLineEdit *placeEdit() const { return m_place; }
    QComboBox *chairBox() const { return m_chair; }
    QPlainTextEdit *agendaEdit() const { return m_agenda; }

protected:
    void display(const Meeting &meeting) override;

private:
    QComboBox *m_kind;
    QDateEdit *m_date;
    QLineEdit *m_time;
    QLineEdit *m_place;
    QComboBox *m_chair;
    QPlainTextEdit *m_agenda;
};
