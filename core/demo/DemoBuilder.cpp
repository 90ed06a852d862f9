#include "demo/DemoBuilder.h"

#include "audit/OutcomeEvidence.h"
#include "demo/DemoCatalogue.h"
#include "domain/MeasurePosition.h"
#include "storage/ActionItemRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SubjectRepository.h"
#include "storage/WorksheetRepository.h"
#include "storage/Workspace.h"

#include "audit/CaseCode.h"
#include "audit/WorksheetPrefill.h"
#include "growth/GrowthTables.h"
#include "growth/LmsFormula.h"

#include <QFile>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace {
const QString RegencyCode = QStringLiteral("32.99");

struct GrowthPoint {
    int months;
    double boyLength, boyWeight, girlLength, girlWeight;
};
// Rounded WHO medians, only to invent plausible children; z-scores are computed from the real tables.
const GrowthPoint Medians[] = {{0, 49.9, 3.3, 49.1, 3.2},     {3, 61.4, 6.4, 59.8, 5.8},     {6, 67.6, 7.9, 65.7, 7.3},
                               {9, 72.0, 8.9, 70.1, 8.2},     {12, 75.7, 9.6, 74.0, 8.9},    {18, 82.3, 10.9, 80.7, 10.2},
                               {24, 87.8, 12.2, 86.4, 11.5},  {36, 96.1, 14.3, 95.1, 13.9},  {48, 103.3, 16.3, 102.7, 16.1},
                               {60, 110.0, 18.3, 109.4, 18.2}};

std::pair<double, double> median(double months, Sex sex)
{
    for (size_t i = 1; i < std::size(Medians); ++i) {
        const GrowthPoint &a = Medians[i - 1];
        const GrowthPoint &b = Medians[i];
        if (months <= b.months) {
            const double t = (months - a.months) / (b.months - a.months);
            const double length = sex == Sex::Male ? a.boyLength + t * (b.boyLength - a.boyLength) : a.girlLength + t * (b.girlLength - a.girlLength);
            const double weight = sex == Sex::Male ? a.boyWeight + t * (b.boyWeight - a.boyWeight) : a.girlWeight + t * (b.girlWeight - a.girlWeight);
            return {length, weight};
        }
    }
    return {sex == Sex::Male ? 110.0 : 109.4, sex == Sex::Male ? 18.3 : 18.2};
}

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

}

DemoBuilder::DemoBuilder(Workspace &workspace, const QDate &today)
    : m_workspace(workspace)
    , m_today(today)
    , m_people(20230101u)
{
}

Status DemoBuilder::build()
{
    for (auto step : {&DemoBuilder::settings, &DemoBuilder::regions, &DemoBuilder::agencies, &DemoBuilder::people, &DemoBuilder::subjects}) {
        if (Status status = (this->*step)(); !status)
            return status;
    }
    // The cycle before the current one is finished; the current one is under way.
    const bool secondHalf = m_today.month() >= 7;
    Cycle previous;
    previous.year = secondHalf ? m_today.year() : m_today.year() - 1;
    previous.number = secondHalf ? 1 : 2;
    Cycle current;
    current.year = m_today.year();
    current.number = secondHalf ? 2 : 1;
    if (Status status = finishedCycle(previous); !status)
        return status;
    return currentCycle(current);
}

Status DemoBuilder::settings()
{
    WorkspaceSettings settings;
    settings.province = QStringLiteral("Jawa Barat");
    settings.regency = QStringLiteral("Kabupaten Sukamaju");
    settings.regencyCode = RegencyCode;
    settings.governmentName = QStringLiteral("PEMERINTAH KABUPATEN SUKAMAJU");
    settings.officeName = QStringLiteral("DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA");
    settings.letterheadLines = QStringLiteral("Telepon (0265) 771234, Pos-el dp2kb@sukamajukab.go.id");
    settings.address = QStringLiteral("Jalan Raya Sukamaju No. 17, Sukamaju 45191");
    settings.signingPlace = QStringLiteral("Sukamaju");
    QFile emblem(QStringLiteral(":/demo/sukamaju-emblem.svg"));
    if (emblem.open(QIODevice::ReadOnly))
        settings.logo = emblem.readAll();
    settings.isDemo = true;
    return SettingsRepository(m_workspace).save(settings);
}

Status DemoBuilder::regions()
{
    RegionRepository regions(m_workspace);
    const QList<DemoCatalogue::KecamatanSpec> kecamatans = DemoCatalogue::kecamatan();
    for (int k = 0; k < kecamatans.size(); ++k) {
        Kecamatan kecamatan;
        kecamatan.code = QStringLiteral("%1.%2").arg(RegencyCode).arg(k + 1, 2, 10, QLatin1Char('0'));
        kecamatan.name = kecamatans[k].name;
        if (Status status = regions.save(kecamatan); !status)
            return status;
        m_kecamatanCodes.insert(kecamatan.id, kecamatan.code);
        Puskesmas puskesmas;
        puskesmas.kecamatanId = kecamatan.id;
        puskesmas.code = QStringLiteral("P329901%1").arg(k + 1);
        puskesmas.name = QStringLiteral("Puskesmas ") + kecamatan.name;
        if (Status status = regions.save(puskesmas); !status)
            return status;
        for (int d = 0; d < kecamatans[k].desa.size(); ++d) {
            Desa desa;
            desa.kecamatanId = kecamatan.id;
            desa.puskesmasId = puskesmas.id;
            desa.code = QStringLiteral("%1.%2").arg(kecamatan.code).arg(2001 + d);
            desa.name = kecamatans[k].desa[d];
            desa.isKelurahan = d == 0 && k == 0;
            desa.isFocusArea = (k + d) % 3 == 0;
            if (Status status = regions.save(desa); !status)
                return status;
            m_desa.append(desa);
            for (const QString &name : {QStringLiteral("Posyandu Melati"), QStringLiteral("Posyandu Mawar")}) {
                Posyandu posyandu;
                posyandu.desaId = desa.id;
                posyandu.name = name + QLatin1Char(' ') + desa.name;
                if (Status status = regions.save(posyandu); !status)
                    return status;
            }
        }
    }
    return {};
}

Status DemoBuilder::agencies()
{
    const auto list = DemoCatalogue::agencies();
    PeopleRepository people(m_workspace);
    for (const auto &[name, shortName] : list) {
        Agency agency;
        agency.name = name;
        agency.shortName = shortName;
        if (Status status = people.save(agency); !status)
            return status;
        m_agencies.append(agency);
    }
    return {};
}

qint64 DemoBuilder::agencyId(const QString &shortName) const
{
    for (const Agency &agency : m_agencies) {
        if (agency.shortName == shortName)
            return agency.id;
    }
    return 0;
}

QString DemoBuilder::regionCode6(const Desa &desa) const
{
    return QString(m_kecamatanCodes.value(desa.kecamatanId)).remove(QLatin1Char('.'));
}

Status DemoBuilder::people()
{
    const QList<DemoCatalogue::StaffSpec> specs = DemoCatalogue::staff();

    PeopleRepository repository(m_workspace);
    for (const DemoCatalogue::StaffSpec &spec : specs) {
        Person person;
        person.frontTitle = spec.front;
        person.name = m_people.fullName(spec.sex);
        person.backTitle = spec.back;
        person.position = spec.position;
        person.agencyId = agencyId(spec.agency);
        person.speciality = spec.speciality;
        person.rankGrade = spec.rank;
        person.phone = QStringLiteral("08%1%2").arg(m_people.between(11, 59)).arg(m_people.between(10000000, 99999999));
        if (spec.civilServant) {
            const QDate born(m_people.between(1966, 1988), m_people.between(1, 12), m_people.between(1, 28));
            person.nip = m_people.nip(born, QDate(born.year() + m_people.between(23, 30), m_people.between(1, 12), 1), spec.sex);
        }
        if (Status status = repository.save(person); !status)
            return status;
        m_staff[spec.role].append(person);
    }
    // One TPK midwife per desa.
    for (int i = 0; i < m_desa.size(); ++i) {
        Person midwife;
        midwife.name = m_people.fullName(Sex::Female);
        midwife.backTitle = QStringLiteral("A.Md.Keb.");
        midwife.position = QStringLiteral("Bidan Desa ") + m_desa[i].name;
        midwife.agencyId = agencyId(QStringLiteral("Dinkes"));
        midwife.speciality = QStringLiteral("Kebidanan");
        if (Status status = repository.save(midwife); !status)
            return status;
        m_staff[TeamRole::FamilyCompanion].append(midwife);
    }
    return {};
}

Status DemoBuilder::subjects()
{
    const QMap<TargetGroup, int> counts = {{TargetGroup::Catin, 40}, {TargetGroup::Bumil, 60}, {TargetGroup::Bufas, 50},
                                           {TargetGroup::Baduta, 80}, {TargetGroup::Balita, 70}};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        for (int i = 0; i < it.value(); ++i) {
            if (Status status = subject(it.key(), m_desa.at(i % m_desa.size())); !status)
                return status;
        }
    }
    return {};
}

Status DemoBuilder::subject(TargetGroup group, const Desa &desa)
{
    DemoSubject demo;
    Subject &s = demo.subject;
    s.group = group;
    const bool child = isChildGroup(group);
    const Sex sex = child ? (m_people.chance(0.5) ? Sex::Male : Sex::Female) : Sex::Female;
    s.sex = sex;
    const QString family = m_people.familyName();
    const QString mother = m_people.firstName(Sex::Female) + QLatin1Char(' ') + m_people.familyName();
    const QString father = m_people.firstName(Sex::Male) + QLatin1Char(' ') + family;
    if (child) {
        const int ageDays = group == TargetGroup::Baduta ? m_people.between(20, 700) : m_people.between(745, 1790);
        s.birthDate = m_today.addDays(-ageDays);
        s.name = m_people.firstName(sex) + QLatin1Char(' ') + family;
        s.motherName = mother;
        s.fatherName = father;
        s.birthWeightG = int(std::round(m_people.normal(3000, 420) / 10.0) * 10);
        s.birthLengthCm = round1(m_people.normal(48.8, 1.8));
    } else {
        const int years = group == TargetGroup::Catin ? m_people.between(17, 29) : m_people.between(17, 41);
        s.birthDate = m_today.addYears(-years).addDays(-m_people.between(0, 360));
        s.name = mother;
        s.spouseName = father;
        if (group == TargetGroup::Catin)
            s.marriageDate = m_today.addDays(m_people.between(30, 120));
    }
    s.desaId = desa.id;
    s.rt = QStringLiteral("%1").arg(m_people.between(1, 9), 3, 10, QLatin1Char('0'));
    s.rw = QStringLiteral("%1").arg(m_people.between(1, 6), 3, 10, QLatin1Char('0'));
    s.dusun = QStringLiteral("Dusun ") + m_people.pick(QList<QString>{QStringLiteral("Kaler"), QStringLiteral("Kidul"), QStringLiteral("Wetan"),
                                                                      QStringLiteral("Kulon"), QStringLiteral("Tengah")});
    s.address = QStringLiteral("Kp. %1 RT %2/RW %3").arg(m_people.familyName(), s.rt, s.rw);
    s.kkNumber = m_people.familyCardNumber(regionCode6(desa));
    if (!(child && m_people.chance(0.15)))  // some babies have no NIK yet
        s.nik = m_people.nik(regionCode6(desa), s.birthDate, sex);
    s.phone = child ? QString() : QStringLiteral("08%1%2").arg(m_people.between(11, 59)).arg(m_people.between(10000000, 99999999));

    SubjectRepository repository(m_workspace);
    if (Status status = repository.save(s); !status)
        return status;
    const DataSource source = child ? DataSource::Eppgbm : (group == TargetGroup::Catin ? DataSource::Elsimil : DataSource::FamilyCensus);
    for (const char *field : {"name", "nik", "birth_date", "desa_id"}) {
        FieldSource fieldSource;
        fieldSource.subjectId = s.id;
        fieldSource.field = QLatin1String(field);
        fieldSource.source = m_people.chance(0.2) ? DataSource::Manual : source;
        fieldSource.verified = m_people.chance(0.6);
        if (Status status = repository.save(fieldSource); !status)
            return status;
    }

    // About a quarter of the children are stunted; a similar share of women carry risks.
    demo.atRisk = m_people.chance(child ? 0.27 : 0.3);
    const double zTarget = demo.atRisk ? m_people.normal(-2.7, 0.45) : m_people.normal(-0.4, 0.9);
    const int visits = m_people.between(1, child ? 4 : 2);
    for (int v = visits - 1; v >= 0; --v) {
        const QDate on = m_today.addDays(-30 * v - m_people.between(3, 20));
        if (on <= s.birthDate)
            continue;
        if (Status status = measure(demo, on, zTarget); !status)
            return status;
    }
    if (Status status = risks(demo); !status)
        return status;
    m_subjects[group].append(demo);
    return {};
}

Status DemoBuilder::measure(DemoSubject &demo, const QDate &on, double zTarget)
{
    const Subject &s = demo.subject;
    Measurement m;
    m.subjectId = s.id;
    m.measuredOn = on;
    m.source = isChildGroup(s.group) ? DataSource::Eppgbm : DataSource::Elsimil;
    m.verified = m_people.chance(0.7);
    if (isChildGroup(s.group)) {
        const double months = s.birthDate.daysTo(on) / 30.4375;
        const auto [medianLength, medianWeight] = median(months, *s.sex);
        const double length = medianLength * (1.0 + 0.037 * (zTarget + m_people.normal(0, 0.15)));
        const double weightZ = 0.6 * zTarget + m_people.normal(0, 0.7);
        m.lengthHeightCm = round1(length);
        m.weightKg = round1(medianWeight * (1.0 + 0.11 * weightZ));
        m.position = months < 24 ? MeasurePosition::Lying : MeasurePosition::Standing;
        if (months >= 3)
            m.muacCm = round1(m_people.normal(14.5 + 0.6 * weightZ, 0.6));
        if (months < 24) {
            // Around WHO's median for the age in days; smaller children have slightly smaller heads.
            const double headZ = std::clamp(0.3 * zTarget + m_people.normal(0, 0.9), -3.5, 3.5);
            const Lms lms = GrowthTables::headForAge().at(*s.sex == Sex::Male ? 1 : 2, s.birthDate.daysTo(on));
            if (lms.valid)
                m.headCircumferenceCm = round1(LmsFormula::sdLine(lms, headZ));
        }
    } else {
        const double height = demo.atRisk && m_people.chance(0.4) ? m_people.normal(146, 2.5) : m_people.normal(153, 5);
        const double bmi = demo.atRisk ? m_people.normal(18.6, 1.8) : m_people.normal(22.5, 3.0);
        m.lengthHeightCm = round1(height);
        m.weightKg = round1(bmi * (height / 100) * (height / 100));
        m.muacCm = round1(demo.atRisk ? m_people.normal(22.6, 1.2) : m_people.normal(26.0, 2.0));
        const double hbMean = s.group == TargetGroup::Bumil ? 11.6 : 12.4;
        m.hbGdl = round1(demo.atRisk ? m_people.normal(hbMean - 1.6, 0.7) : m_people.normal(hbMean, 0.8));
        if (s.group == TargetGroup::Bumil)
            m.gestationalAgeWeeks = m_people.between(8, 38);
    }
    return SubjectRepository(m_workspace).save(m);
}

Status DemoBuilder::risks(const DemoSubject &demo)
{
    // Risk answers follow the subject's invented risk, so that screening finds about the share
    // of women and families meant to be at risk (one random draw per answer either way).
    const Subject &subject = demo.subject;
    const bool atRisk = demo.atRisk;
    const QList<QString> properWater = {QStringLiteral("piped"), QStringLiteral("bore_well"), QStringLiteral("protected_well"), QStringLiteral("refill")};
    const QList<QString> anyWater = properWater + QList<QString>{QStringLiteral("unprotected_well"), QStringLiteral("river")};
    const QList<QString> anyLatrine = {QStringLiteral("septic_tank"), QStringLiteral("septic_tank"), QStringLiteral("shared"), QStringLiteral("none")};
    QList<QPair<QString, QString>> answers = {
        {QStringLiteral("water_source"), m_people.pick(atRisk ? anyWater : properWater)},
        {QStringLiteral("latrine"), m_people.pick(atRisk ? anyLatrine : QList<QString>{QStringLiteral("septic_tank")})},
        {QStringLiteral("smoking_exposure"), m_people.chance(atRisk ? 0.6 : 0.0) ? QStringLiteral("yes") : QStringLiteral("no")}};
    if (subject.group == TargetGroup::Bumil)
        answers.append({QStringLiteral("antenatal_visits"), QString::number(atRisk ? m_people.between(1, 8) : m_people.between(6, 10))});
    if (!isChildGroup(subject.group))
        answers.append({QStringLiteral("children_count"),
                        QString::number(subject.group == TargetGroup::Catin ? 0 : (atRisk ? m_people.between(1, 5) : m_people.between(1, 3)))});
    SubjectRepository repository(m_workspace);
    for (const auto &[factor, value] : answers) {
        RiskAnswer answer;
        answer.subjectId = subject.id;
        answer.factor = factor;
        answer.value = value;
        answer.observedOn = m_today.addDays(-m_people.between(10, 90));
        answer.source = DataSource::FamilyCensus;
        if (Status status = repository.save(answer); !status)
            return status;
    }
    return {};
}

Status DemoBuilder::team(const Cycle &cycle, QList<TeamMember> &members)
{
    CycleRepository cycles(m_workspace);
    Decree decree;
    decree.cycleId = cycle.id;
    decree.number = QStringLiteral("188.45/%1/TPPS/%2/%3").arg(cycle.number * 7).arg(cycle.number == 1 ? QStringLiteral("II") : QStringLiteral("VII")).arg(cycle.year);
    decree.date = cycle.periodStart.addDays(9);
    decree.signerTitle = QStringLiteral("Wakil Bupati Sukamaju selaku Ketua TPPS");
    decree.signerName = m_staff.value(TeamRole::Steering).first().fullName();
    decree.subject = QStringLiteral("Pembentukan Tim Audit Kasus Stunting Kabupaten Sukamaju Siklus %1 Tahun %2").arg(cycle.number).arg(cycle.year);
    if (Status status = cycles.save(decree); !status)
        return status;
    for (auto it = m_staff.cbegin(); it != m_staff.cend(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            TeamMember member;
            member.cycleId = cycle.id;
            member.personId = it.value().at(i).id;
            member.role = it.key();
            if (it.key() == TeamRole::FamilyCompanion) {
                member.desaId = m_desa.at(i % m_desa.size()).id;
                member.kecamatanId = m_desa.at(i % m_desa.size()).kecamatanId;
            }
            if (Status status = cycles.save(member); !status)
                return status;
            members.append(member);
        }
    }
    return {};
}

Status DemoBuilder::selectCases(const Cycle &cycle, const QMap<TargetGroup, int> &perGroup, QList<AuditCase> &cases)
{
    CaseRepository repository(m_workspace);
    int auditNumber = 0;
    for (TargetGroup group : enumValues<TargetGroup>()) {
        int number = 0;
        for (DemoSubject &demo : m_subjects[group]) {
            if (number >= perGroup.value(group))
                break;
            const QDate selectedOn = cycle.periodStart.addDays(20);
            // A child born after the selection cannot have been selected (the finished cycle lies in the past).
            if (!demo.atRisk || m_selected.contains(demo.subject.id) || demo.subject.birthDate >= selectedOn)
                continue;
            AuditCase auditCase;
            auditCase.cycleId = cycle.id;
            auditCase.subjectId = demo.subject.id;
            auditCase.auditNumber = ++auditNumber;
            auditCase.caseCode = CaseCode{cycle.year, cycle.number, group, ++number}.toString();
            auditCase.reasons = isChildGroup(group) ? QList<SelectionReason>{SelectionReason::NotImproved, SelectionReason::DataComplete}
                                                             : QList<SelectionReason>{SelectionReason::HighRiskMother};
            if (number == 2)
                auditCase.reasons.append(SelectionReason::HighBurdenArea);
            auditCase.selectionNote = isChildGroup(group) ? QStringLiteral("Tidak naik berat badan tiga bulan berturut-turut.")
                                                                   : QStringLiteral("LiLA dan Hb di bawah ambang batas.");
            auditCase.selectedOn = selectedOn;
            if (Status status = repository.save(auditCase); !status)
                return status;
            // The measurement the selection was made on, which the follow-up is compared with.
            if (Status status = measure(demo, selectedOn, -2.8); !status)
                return status;
            m_selected.insert(demo.subject.id);
            cases.append(auditCase);
        }
    }
    return {};
}

Status DemoBuilder::review(const AuditCase &auditCase, const QList<TeamMember> &members, const QDate &signedOn, bool sign)
{
    ExpertReview review;
    review.caseId = auditCase.id;
    review.auditDate = signedOn;
    if (sign)
        review.signedOn = signedOn;
    const bool child = CaseCode::parse(auditCase.caseCode) && isChildGroup(CaseCode::parse(auditCase.caseCode)->group);
    review.technicalView = child ? QStringLiteral("Asupan makan kurang, ibu bekerja dan anak diasuh nenek; sering diare.")
                                 : QStringLiteral("Kurang energi kronis dan anemia; jarak kehamilan terlalu dekat.");
    review.expertConclusion = child ? QStringLiteral("Stunting dengan riwayat infeksi berulang dan pola asuh makan yang kurang tepat.")
                                    : QStringLiteral("Risiko tinggi melahirkan bayi BBLR; perlu tambahan asupan dan tablet tambah darah.");
    if (child && auditCase.auditNumber % 3 == 0) {
        review.suspectedDisease = QStringLiteral("Suspek tuberkulosis paru");
        review.referralTo = QStringLiteral("Poli Anak RSUD Sukamaju");
    }
    for (const TeamMember &member : members) {
        if (member.role == TeamRole::Expert)
            review.reviewerMemberIds.append(member.id);
    }
    review.causes = child ? QList<ReviewCause>{{{}, QStringLiteral("intake"), true, true, QStringLiteral("MP-ASI kurang protein hewani")},
                                               {{}, QStringLiteral("infection"), true, true, QStringLiteral("Diare berulang")},
                                               {{}, QStringLiteral("parenting"), false, true, QStringLiteral("Pola asuh")},
                                               {{}, QStringLiteral("water_sanitation"), false, false, QStringLiteral("Belum ada jamban sehat")}}
                          : QList<ReviewCause>{{{}, QStringLiteral("intake"), true, true, QStringLiteral("Asupan energi kurang")},
                                               {{}, QStringLiteral("maternal_condition"), true, true, QStringLiteral("Tidak rutin minum TTD")},
                                               {{}, QStringLiteral("economy"), false, true, QStringLiteral("Penghasilan keluarga rendah")}};
    review.recommendations = {
        {{}, RecommendationKind::CaseHandling, child ? QStringLiteral("Pemberian makanan tambahan berbahan pangan lokal selama 90 hari dan pemantauan berat badan mingguan.")
                                                     : QStringLiteral("Pemberian makanan tambahan ibu dan tablet tambah darah 90 butir dengan pendampingan minum.")},
        {{}, RecommendationKind::CaseManagement, QStringLiteral("Kunjungan rumah oleh TPK dua kali sebulan dengan buku KIA.")},
        {{}, RecommendationKind::Prevention, QStringLiteral("Kelas ibu balita dan penyuluhan gizi di posyandu setiap bulan.")}};
    if (Status answered = worksheetAnswers(auditCase, review); !answered)
        return answered;
    return CaseRepository(m_workspace).save(review);
}

// The answers the program knows, checked by the technical team.
Status DemoBuilder::worksheetAnswers(const AuditCase &auditCase, ExpertReview &review)
{
    auto subject = SubjectRepository(m_workspace).find(auditCase.subjectId);
    if (!subject)
        return Error{subject.error()};
    review.worksheetEdition = WorksheetRepository(m_workspace).latestEdition(subject->group).value_or(QString());
    auto items = WorksheetRepository(m_workspace).items(subject->group, review.worksheetEdition);
    auto known = WorksheetPrefill::answers(m_workspace, *subject);
    if (!items || !known)
        return Error{!items ? items.error() : known.error()};
    for (const WorksheetItem &item : *items) {
        if (known->contains(item.code))
            review.answers.append({{}, item.id, known->value(item.code), WorksheetAnswer::computedSource(), true});
    }
    return {};
}

Status DemoBuilder::actionItems(const Cycle &cycle, const QList<AuditCase> &cases, bool finished)
{
    const QList<DemoCatalogue::ItemSpec> specs = DemoCatalogue::actionItems();

    ActionItemRepository repository(m_workspace);
    const QString chair = m_staff.value(TeamRole::Chair).first().fullName();
    QList<qint64> caseIds;
    for (const AuditCase &auditCase : cases)
        caseIds.append(auditCase.id);
    caseIds.append({0, 0, 0});  // general items
    int index = 0;
    for (qint64 caseId : caseIds) {
        const DemoCatalogue::ItemSpec &spec = specs.at(index % specs.size());
        ActionItem item;
        item.cycleId = cycle.id;
        item.caseId = caseId;
        item.problem = caseId ? QStringLiteral("Kenaikan berat badan tidak memadai") : QStringLiteral("Cakupan jamban sehat di desa lokus masih rendah");
        item.recommendation = caseId ? QStringLiteral("Intervensi gizi dan pendampingan keluarga") : QStringLiteral("Percepatan sanitasi total berbasis masyarakat");
        item.activity = spec.activity;
        item.agencyId = agencyId(spec.agency);
        item.budgetSource = spec.budget;
        item.successIndicator = spec.indicator;
        item.interventionType = spec.type;
        item.timing = spec.timing;
        item.target = caseId ? QStringLiteral("1 keluarga sasaran") : QStringLiteral("12 desa");
        item.partners = QStringLiteral("Pemerintah Desa, PKK");
        item.startDate = cycle.periodStart.addDays(45);
        item.dueDate = item.startDate.addDays(spec.timing == ActionTiming::Immediate ? 30 : 120);
        if (finished || index % 2 == 0) {
            item.approvedOn = cycle.periodStart.addDays(40);
            item.approvedBy = chair;
        }
        if (finished)
            item.status = index % 5 == 3 ? ActionStatus::PartlyDone : (index % 7 == 5 ? ActionStatus::NotDone : ActionStatus::Done);
        else
            item.status = index % 3 == 0 ? ActionStatus::InProgress : ActionStatus::Planned;
        if (Status status = repository.save(item); !status)
            return status;
        if (finished) {
            ItemEvaluation evaluation;
            evaluation.actionItemId = item.id;
            evaluation.evaluatedOn = cycle.periodEnd.addDays(-10);
            evaluation.finalStatus = item.status;
            evaluation.whatWasDone = item.status == ActionStatus::Done ? QStringLiteral("Kegiatan terlaksana sesuai rencana.") : QStringLiteral("Sebagian kegiatan terlaksana.");
            evaluation.evidence = QStringLiteral("Foto kegiatan dan daftar penerima");
            evaluation.obstacle = item.status == ActionStatus::Done ? QString() : QStringLiteral("Anggaran baru cair pada akhir periode.");
            evaluation.nextStep = item.status == ActionStatus::Done ? QString() : QStringLiteral("Dilanjutkan pada siklus berikutnya.");
            if (Status status = repository.save(evaluation); !status)
                return status;
        }
        ++index;
    }
    return {};
}

Status DemoBuilder::dissemination(const Cycle &cycle, const QList<TeamMember> &members, const QDate &on)
{
    Meeting meeting;
    meeting.cycleId = cycle.id;
    meeting.kind = MeetingKind::Dissemination;
    meeting.date = on;
    meeting.startTime = QStringLiteral("09.00");
    meeting.place = QStringLiteral("Aula Setda Kabupaten Sukamaju");
    meeting.chair = m_staff.value(TeamRole::Steering).first().fullName();
    meeting.agenda = QStringLiteral("1. Pembukaan\n2. Paparan hasil kajian Tim Pakar\n3. Pembahasan RTL\n4. Komitmen OPD\n5. Penutup");
    meeting.minutes = QStringLiteral("Tim Pakar memaparkan hasil kajian kasus. OPD menyepakati RTL dan menyatakan komitmen.");
    meeting.decisions = QStringLiteral("RTL disetujui dan dilaksanakan paling lambat tiga bulan.");
    auto items = ActionItemRepository(m_workspace).forCycle(cycle.id);
    if (!items)
        return Error{items.error()};
    for (const ActionItem &item : *items) {  // the agencies responsible for RTL items
        if (item.agencyId != 0 && !meeting.invitedAgencyIds.contains(item.agencyId))
            meeting.invitedAgencyIds.append(item.agencyId);
    }
    PeopleRepository people(m_workspace);
    int index = 0;
    for (const TeamMember &member : members) {
        if (member.role == TeamRole::FamilyCompanion)
            continue;
        auto person = people.person(member.personId);
        if (!person)
            return Error{person.error()};
        Attendance attendance;
        attendance.personId = person->id;
        attendance.name = person->fullName();
        attendance.agencyId = person->agencyId;
        attendance.position = person->position;
        attendance.invited = true;
        attendance.attended = index++ % 6 != 5;
        meeting.attendance.append(attendance);
    }
    return MeetingRepository(m_workspace).save(meeting);
}

Status DemoBuilder::followUp(const Cycle &cycle, QList<AuditCase> &cases, const QList<TeamMember> &members)
{
    CaseRepository repository(m_workspace);
    qint64 visitor = 0;
    for (const TeamMember &member : members) {
        if (member.role == TeamRole::FamilyCompanion)
            visitor = member.id;
    }
    int index = 0;
    for (AuditCase &auditCase : cases) {
        DemoSubject *demo = nullptr;
        for (auto &list : m_subjects) {
            for (DemoSubject &candidate : list) {
                if (candidate.subject.id == auditCase.subjectId)
                    demo = &candidate;
            }
        }
        const bool improves = index % 3 != 2;
        int recorded = 0;  // visits are numbered in order, even when a baby was born after the first
        for (int month = 1; month <= 3; ++month) {
            const QDate on = cycle.periodStart.addMonths(2 + month);
            if (on <= demo->subject.birthDate)
                continue;
            if (Status status = measure(*demo, on, improves ? -2.4 + 0.15 * month : -2.9); !status)
                return status;
            // The visit's own measurement: the subject may have later ones from after the cycle.
            qint64 measurementId = 0;
            for (const Measurement &m : SubjectRepository(m_workspace).measurements(demo->subject.id).value_or({})) {
                if (m.measuredOn == on)
                    measurementId = m.id;
            }
            MonitoringVisit visit;
            visit.caseId = auditCase.id;
            visit.monthIndex = ++recorded;
            visit.visitDate = on;
            visit.measurementId = measurementId;
            visit.visitorMemberId = visitor;
            visit.note = QStringLiteral("Kunjungan rumah bulan ke-%1.").arg(recorded);
            if (Status status = repository.save(visit); !status)
                return status;
        }
        // The team confirms what the measurements propose; a case without them moved away.
        auto evidence = OutcomeEvidence::of(m_workspace, auditCase);
        if (!evidence)
            return Error{evidence.error()};
        auditCase.proposedOutcome = evidence->proposal.outcome;
        auditCase.outcome = evidence->proposal.outcome.value_or(CaseOutcome::MovedAway);
        auditCase.outcomeConfirmedOn = cycle.periodEnd.addDays(-5);
        if (Status status = repository.save(auditCase); !status)
            return status;
        ++index;
    }
    return {};
}

Status DemoBuilder::startCycle(Cycle &cycle, CycleStatus status, const QMap<TargetGroup, int> &casesPerGroup, QList<TeamMember> &members,
                               QList<AuditCase> &cases)
{
    cycle.periodStart = QDate(cycle.year, cycle.number == 1 ? 1 : 7, 1);
    cycle.periodEnd = cycle.periodStart.addMonths(6).addDays(-1);
    cycle.status = status;
    Status saved = CycleRepository(m_workspace).save(cycle);
    if (saved)
        saved = team(cycle, members);
    if (saved)
        saved = selectCases(cycle, casesPerGroup, cases);
    return saved;
}

Status DemoBuilder::finishedCycle(Cycle &cycle)
{
    QList<TeamMember> members;
    QList<AuditCase> cases;
    const QMap<TargetGroup, int> twoEach = {{TargetGroup::Catin, 2}, {TargetGroup::Bumil, 2}, {TargetGroup::Bufas, 2},
                                            {TargetGroup::Baduta, 2}, {TargetGroup::Balita, 2}};
    Status status = startCycle(cycle, CycleStatus::Closed, twoEach, members, cases);
    for (const AuditCase &auditCase : cases) {
        if (status)
            status = review(auditCase, members, cycle.periodStart.addDays(35), true);
    }
    if (status)
        status = actionItems(cycle, cases, true);
    if (status)
        status = dissemination(cycle, members, cycle.periodStart.addDays(50));
    if (status)
        status = followUp(cycle, cases, members);
    return status;
}

Status DemoBuilder::currentCycle(Cycle &cycle)
{
    QList<TeamMember> members;
    QList<AuditCase> cases;
    // One group is still short of the minimum of two.
    const QMap<TargetGroup, int> selection = {{TargetGroup::Catin, 2}, {TargetGroup::Bumil, 2}, {TargetGroup::Bufas, 1},
                                              {TargetGroup::Baduta, 2}, {TargetGroup::Balita, 2}};
    Status status = startCycle(cycle, CycleStatus::InProgress, selection, members, cases);
    for (int i = 0; status && i < cases.size(); ++i)
        status = review(cases[i], members, cycle.periodStart.addDays(35), i < 4);
    if (status)
        status = actionItems(cycle, cases.mid(0, 4), false);
    return status;
}
