#include "audit/SubjectRegistration.h"

#include "storage/SubjectRepository.h"
#include "storage/Workspace.h"

Status SubjectRegistration::save(Workspace &workspace, Subject &subject, std::optional<Measurement> &measurement, const RiskAnswerValues &answers)
{
    Subject draftSubject = subject;
    std::optional<Measurement> draftMeasurement = measurement;
    const Status status = workspace.write([&]() -> Status {
        SubjectRepository repository(workspace);
        if (Status saved = repository.save(draftSubject); !saved)
            return saved;
        for (const char *field : {"name", "nik", "birth_date", "desa_id"}) {
            FieldSource source{{}, draftSubject.id, QLatin1String(field), DataSource::Manual, false};
            if (Status saved = repository.save(source); !saved)
                return saved;
        }
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            if (it.value().trimmed().isEmpty())
                continue;
            RiskAnswer answer;
            answer.subjectId = draftSubject.id;
            answer.factor = it.key();
            answer.value = it.value().trimmed();
            answer.observedOn = draftMeasurement ? draftMeasurement->measuredOn : QDate::currentDate();
            answer.source = DataSource::Manual;
            if (Status saved = repository.save(answer); !saved)
                return saved;
        }
        if (!draftMeasurement)
            return {};
        draftMeasurement->subjectId = draftSubject.id;
        draftMeasurement->source = DataSource::Manual;
        return repository.save(*draftMeasurement);
    });
    if (status) {
        subject = draftSubject;
        measurement = draftMeasurement;
    }
    return status;
}
