#include <catch2/catch.hpp>

#include "TemporaryWorkspace.h"
#include "storage/PeopleRepository.h"
#include "storage/RegionRepository.h"
#include "storage/SettingsRepository.h"

TEST_CASE("District settings are one row that round-trips", "[storage][settings]")
{
    TemporaryWorkspace temp;
    SettingsRepository repository(temp.workspace());
    auto empty = repository.load();
    REQUIRE(empty.ok());
    CHECK_FALSE(empty->isStored());
    CHECK_FALSE(empty->isComplete());

    WorkspaceSettings settings;
    settings.province = QStringLiteral("Jawa Barat");
    settings.regency = QStringLiteral("Kabupaten Sukamaju");
    settings.regencyCode = QStringLiteral("32.99");
    settings.governmentName = QStringLiteral("PEMERINTAH KABUPATEN SUKAMAJU");
    settings.officeName = QStringLiteral("DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA");
    settings.letterheadLines = QStringLiteral("Jl. Raya 1\nTelp. (0265) 1");
    settings.address = QStringLiteral("Jl. Raya 1");
    settings.signingPlace = QStringLiteral("Sukamaju");
    settings.logo = QByteArray("\x89PNG fake", 9);
    REQUIRE(repository.save(settings));
    WorkspaceSettings second = settings;
    second.id = 0;
    second.regency = QStringLiteral("Kota Sukamaju");
    REQUIRE(repository.save(second));  // still the one row

    auto read = repository.load();
    CHECK(read->id == 1);
    CHECK(read->regency == QStringLiteral("Kota Sukamaju"));
    CHECK(read->letterheadLines == settings.letterheadLines);
    CHECK(read->logo == settings.logo);
    CHECK(read->isComplete());
}

TEST_CASE("Key/value settings keep the last value and list by prefix", "[storage][settings]")
{
    TemporaryWorkspace temp;
    SettingsRepository repository(temp.workspace());
    CHECK(repository.value(QStringLiteral("selection.minimumPerGroup"), QStringLiteral("2")) == QStringLiteral("2"));
    REQUIRE(repository.setValue(QStringLiteral("selection.minimumPerGroup"), QStringLiteral("3")));
    REQUIRE(repository.setValue(QStringLiteral("selection.minimumPerGroup"), QStringLiteral("4")));
    REQUIRE(repository.setValue(QStringLiteral("risk.muac"), QStringLiteral("23,5")));
    CHECK(repository.value(QStringLiteral("selection.minimumPerGroup")) == QStringLiteral("4"));
    CHECK(repository.values(QStringLiteral("risk.")) == QMap<QString, QString>{{QStringLiteral("risk.muac"), QStringLiteral("23,5")}});
}

TEST_CASE("Regions nest and their codes are unique", "[storage][regions]")
{
    TemporaryWorkspace temp;
    RegionRepository regions(temp.workspace());
    Kecamatan k{{}, QStringLiteral("32.99.01"), QStringLiteral("Cibeureum")};
    REQUIRE(regions.save(k));
    Puskesmas p{{}, k.id, QStringLiteral("P1"), QStringLiteral("Puskesmas Cibeureum")};
    REQUIRE(regions.save(p));
    Desa d;
    d.kecamatanId = k.id;
    d.puskesmasId = p.id;
    d.code = QStringLiteral("32.99.01.2001");
    d.name = QStringLiteral("Sindangsari");
    d.isFocusArea = true;
    REQUIRE(regions.save(d));
    Posyandu y{{}, d.id, QStringLiteral("Posyandu Melati")};
    REQUIRE(regions.save(y));

    Desa sameCode = d;
    sameCode.id = 0;
    sameCode.uuid.clear();
    CHECK_FALSE(regions.save(sameCode).ok());
    Desa orphan;
    orphan.kecamatanId = 999;
    orphan.code = QStringLiteral("32.99.09.2001");
    orphan.name = QStringLiteral("X");
    CHECK_FALSE(regions.save(orphan).ok());

    auto desa = regions.desa(k.id);
    REQUIRE(desa->size() == 1);
    CHECK(desa->first().puskesmasId == p.id);
    CHECK(desa->first().isFocusArea);
    CHECK(regions.desa()->size() == 1);
    CHECK(regions.desa(424242)->isEmpty());
    CHECK(regions.posyandu(d.id)->first().name == QStringLiteral("Posyandu Melati"));
    CHECK(regions.puskesmas()->first().kecamatanId == k.id);
    CHECK(regions.kecamatan()->first().code == QStringLiteral("32.99.01"));
}

TEST_CASE("People and agencies round-trip", "[storage][people]")
{
    TemporaryWorkspace temp;
    PeopleRepository people(temp.workspace());
    Agency dinkes{{}, QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes")};
    REQUIRE(people.save(dinkes));
    Agency twice{{}, QStringLiteral("Dinas Kesehatan"), QString()};
    CHECK_FALSE(people.save(twice).ok());
    Person p;
    p.frontTitle = QStringLiteral("dr.");
    p.name = QStringLiteral("Ma'ruf Hidayat");
    p.backTitle = QStringLiteral("Sp.OG");
    p.nip = QStringLiteral("197512162006041013");
    p.rankGrade = QStringLiteral("Pembina / IV a");
    p.position = QStringLiteral("Dokter Spesialis");
    p.agencyId = dinkes.id;
    p.speciality = QStringLiteral("Obstetri");
    p.phone = QStringLiteral("0812");
    REQUIRE(people.save(p));
    auto read = people.person(p.id);
    REQUIRE(read.ok());
    CHECK(read->fullName() == QStringLiteral("dr. Ma'ruf Hidayat, Sp.OG"));
    CHECK(read->nip == p.nip);
    CHECK(read->rankGrade == p.rankGrade);
    CHECK(read->agencyId == dinkes.id);
    CHECK(people.agencies()->first().shortName == QStringLiteral("Dinkes"));
    CHECK_FALSE(people.person(999).ok());
}
