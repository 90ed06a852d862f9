#include "wizards/MeetingWizard.h"

#include "DiscardQuestion.h"
#include "MessageBox.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RtlRepository.h"
#include "wizards/FinishAndPrint.h"
#include "wizards/MeetingAttendancePage.h"
#include "wizards/MeetingCommitmentsPage.h"
#include "wizards/MeetingDetailsPage.h"
#include "wizards/MeetingInvitationsPage.h"
#include "wizards/MeetingMinutesPage.h"
#include "wizards/MeetingPage.h"

#include <QMap>
#include <algorithm>

namespace {
bool samePeople(const QList<Attendance> &a, const QList<Attendance> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Attendance &x, const Attendance &y) {
        return x.personId == y.personId && x.name == y.name && x.agencyId == y.agencyId && x.position == y.position && x.invited == y.invited
               && x.attended == y.attended;
    });
}

// Order does not matter: the pages list commitments and agencies in their own order.
QMap<qint64, QString> byItem(const QList<AgencyCommitment> &commitments)
{
    QMap<qint64, QString> map;
    for (const AgencyCommitment &commitment : commitments)
        map.insert(commitment.actionItemId, commitment.commitment);
    return map;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// What the user can change, ignoring the bookkeeping the repository adds.
bool sameContent(const Meeting &a, const Meeting &b)
{
    return a.kind == b.kind && a.date == b.date && a.startTime == b.startTime && a.place == b.place && a.chair == b.chair && a.agenda == b.agenda
           && a.minutes == b.minutes && a.decisions == b.decisions && sorted(a.invitedAgencyIds) == sorted(b.invitedAgencyIds)
           && samePeople(a.attendance, b.attendance) && byItem(a.commitments) == byItem(b.commitments);
}
}

MeetingWizard::MeetingWizard(Workspace &workspace, qint64 cycleId, qint64 meetingId, const QDate &today, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_cycleId(cycleId)
    , m_check(today, MeetingCheck::firstSignedReview(workspace, cycleId).value_or(QDate()))
{
    auto cycle = CycleRepository(workspace).find(cycleId);
    setWindowTitle(cycle ? tr("Audit meeting — cycle %1 of %2").arg(cycle->number).arg(cycle->year) : tr("Audit meeting"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages);  // e.g. re-opened only to tick the attendance
    loadChoices();
    if (meetingId != 0) {
        if (auto meeting = MeetingRepository(workspace).find(meetingId))
            m_draft = *meeting;
    } else {
        m_draft.cycleId = cycleId;
        m_draft.kind = MeetingKind::Dissemination;
        m_draft.date = today;
        m_draft.startTime = QStringLiteral("09.00");
        for (TeamRole role : {TeamRole::Steering, TeamRole::Chair}) {
            for (const MeetingChoices::TeamPerson &member : m_choices.team) {
                if (member.role == role && m_draft.chair.isEmpty())
                    m_draft.chair = member.person.fullName();
            }
        }
    }
    m_stored = m_draft;

    addPage(new MeetingDetailsPage(this));
    addPage(new MeetingInvitationsPage(this));
    addPage(new MeetingAttendancePage(this));
    addPage(new MeetingMinutesPage(this));
    addPage(new MeetingCommitmentsPage(this));
    resize(980, 640);
    // Before the meeting its attendance sheet is printed; after it, its official record.
    FinishAndPrint::install(this, workspace, cycleId, [this] {
        DocumentRequest request;
        request.kind = m_draft.hasAttendance() ? DocumentKind::Record : DocumentKind::Attendance;
        request.cycleId = m_cycleId;
        request.meetingId = m_draft.id;
        return request;
    });
}

void MeetingWizard::loadChoices()
{
    PeopleRepository people(m_workspace);
    m_choices.agencies = people.agencies().value_or({});
    m_choices.people = people.people().value_or({});
    QMap<qint64, Person> byId;
    for (const Person &person : std::as_const(m_choices.people))
        byId.insert(person.id, person);
    for (const TeamMember &member : CycleRepository(m_workspace).members(m_cycleId).value_or({})) {
        if (byId.contains(member.personId))
            m_choices.team.append({byId.value(member.personId), member.role});
    }
    // The rows carry the case codes, of earlier cycles too for items carried over.
    for (const RtlItemRow &row : RtlRepository(m_workspace).items(m_cycleId).value_or({})) {
        m_choices.items.append(row.item);
        if (row.item.caseId != 0)
            m_choices.caseCodes.insert(row.item.caseId, row.caseCode);
    }
}

bool MeetingWizard::storePage(MeetingPage *page)
{
    Meeting candidate = m_draft;
    page->collect(candidate);
    const QStringList problems = m_check.all(candidate);
    if (!problems.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("The meeting was not saved:\n\n%1").arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    if (!candidate.isStored() || !sameContent(candidate, m_stored)) {
        if (Status saved = MeetingRepository(m_workspace).save(candidate); !saved) {
            MessageBox::critical(this, windowTitle(), tr("The meeting could not be saved; nothing was changed.\n\n%1").arg(saved.error()));
            return false;
        }
        m_stored = candidate;
    }
    m_draft = candidate;
    return true;
}

bool MeetingWizard::hasUnsavedChanges() const
{
    Meeting current = m_draft;
    if (auto *page = qobject_cast<MeetingPage *>(currentPage()))
        page->collect(current);
    return !sameContent(current, m_stored);
}

void MeetingWizard::reject()
{
    if (hasUnsavedChanges()
        && !DiscardQuestion::confirmed(this, windowTitle(), tr("Discard the changes to this meeting that are not saved yet?")))
        return;
    QWizard::reject();
}
