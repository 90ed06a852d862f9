#include "audit/OutcomeRecorder.h"

#include "storage/CaseRepository.h"
#include "storage/Workspace.h"

#include <QStringList>

QStringList OutcomeRecorder::problems(const AuditCase &c, const QDate &today)
{
    QStringList found;
    if (c.outcome && !c.outcomeConfirmedOn.isValid())
        found << tr("%1: the confirmed outcome needs the date it was confirmed.").arg(c.caseCode);
    if (c.outcomeConfirmedOn.isValid() && c.outcomeConfirmedOn > today)
        found << tr("%1: the outcome cannot be confirmed on a future date.").arg(c.caseCode);
    if (c.outcomeConfirmedOn.isValid() && c.selectedOn.isValid() && c.outcomeConfirmedOn < c.selectedOn)
        found << tr("%1: the outcome cannot be confirmed before the case was selected.").arg(c.caseCode);
    return found;
}

Status OutcomeRecorder::save(QList<AuditCase> &cases, const QDate &today)
{
    QStringList found;
    for (const AuditCase &c : cases)
        found << problems(c, today);
    if (!found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};
    QList<AuditCase> draft = cases;
    const Status status = m_workspace.write([&]() -> Status {
        CaseRepository repository(m_workspace);
        for (AuditCase &c : draft) {
            if (!c.outcome)
                c.outcomeConfirmedOn = QDate();
            if (Status saved = repository.save(c); !saved)
                return saved;
        }
        return {};
    });
    if (status)
        cases = draft;
    return status;
}
