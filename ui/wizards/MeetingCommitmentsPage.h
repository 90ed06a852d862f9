#pragma once

#include "domain/AgencyCommitment.h"
#include "wizards/MeetingPage.h"

#include <QList>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// Each agency's commitment to its approved RTL items, grouped by agency. Cases appear by their
// code only: this is what is shown on the screen in the meeting room.
class MeetingCommitmentsPage : public MeetingPage {
    Q_OBJECT
public:
    enum Column { Case, Activity, Due, Commitment };

    explicit MeetingCommitmentsPage(MeetingWizard *wizard);
    void collect(Meeting &meeting) const override;

    QTreeWidget *tree() const { return m_tree; }
    QLabel *leftOutLabel() const { return m_leftOut; }
    // The row of that RTL item, nullptr when it is not offered.
    QTreeWidgetItem *itemRow(qint64 actionItemId) const;

protected:
    void display(const Meeting &meeting) override;

private:
    QLabel *m_leftOut;
    QTreeWidget *m_tree;
    QList<AgencyCommitment> m_hidden;  // stored for items no longer approved; kept as they were
};
