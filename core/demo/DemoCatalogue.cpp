#include "demo/DemoCatalogue.h"

namespace DemoCatalogue {

QList<KecamatanSpec> kecamatan()
{
    return {
        {QStringLiteral("Cibeureum"), {QStringLiteral("Cibeureum"), QStringLiteral("Sindangsari"), QStringLiteral("Mekarjaya")}},
        {QStringLiteral("Sukamulya"), {QStringLiteral("Sukamulya"), QStringLiteral("Sukaraja"), QStringLiteral("Cikahuripan")}},
        {QStringLiteral("Karangsari"), {QStringLiteral("Karangsari"), QStringLiteral("Babakan"), QStringLiteral("Tanjungjaya")}},
        {QStringLiteral("Margaluyu"), {QStringLiteral("Margaluyu"), QStringLiteral("Pasirbuntu"), QStringLiteral("Sirnagalih")}}};
}

QList<QPair<QString, QString>> agencies()
{
    return {
        {QStringLiteral("Dinas Pengendalian Penduduk dan Keluarga Berencana"), QStringLiteral("DP2KB")},
        {QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes")},
        {QStringLiteral("Badan Perencanaan Pembangunan Daerah"), QStringLiteral("Bappeda")},
        {QStringLiteral("Dinas Pekerjaan Umum dan Penataan Ruang"), QStringLiteral("PUPR")},
        {QStringLiteral("Dinas Sosial"), QStringLiteral("Dinsos")},
        {QStringLiteral("Dinas Kependudukan dan Pencatatan Sipil"), QStringLiteral("Disdukcapil")},
        {QStringLiteral("Dinas Pemberdayaan Masyarakat dan Desa"), QStringLiteral("DPMD")},
        {QStringLiteral("Dinas Pendidikan"), QStringLiteral("Disdik")},
        {QStringLiteral("Kantor Kementerian Agama"), QStringLiteral("Kemenag")},
        {QStringLiteral("Rumah Sakit Umum Daerah Sukamaju"), QStringLiteral("RSUD")},
        {QStringLiteral("Dinas Perumahan dan Kawasan Permukiman"), QStringLiteral("Perkim")},
        {QStringLiteral("Badan Amil Zakat Nasional Kabupaten"), QStringLiteral("BAZNAS")},
        {QStringLiteral("Sekretariat Daerah"), QStringLiteral("Setda")}};
}

QList<StaffSpec> staff()
{
    return {
        {TeamRole::Steering, {}, QStringLiteral("S.H., M.Si."), QStringLiteral("Wakil Bupati Sukamaju"), QStringLiteral("Setda"), {}, {}, Sex::Male, false},
        {TeamRole::Steering, QStringLiteral("Drs."), QStringLiteral("M.Si."), QStringLiteral("Sekretaris Daerah"), QStringLiteral("Setda"), {}, QStringLiteral("Pembina Utama Madya / IV d"), Sex::Male, true},
        {TeamRole::Chair, {}, QStringLiteral("S.Sos., M.M."), QStringLiteral("Kepala Dinas"), QStringLiteral("DP2KB"), {}, QStringLiteral("Pembina Utama Muda / IV c"), Sex::Female, true},
        {TeamRole::ViceChair, QStringLiteral("dr."), QStringLiteral("M.Kes."), QStringLiteral("Kepala Dinas"), QStringLiteral("Dinkes"), {}, QStringLiteral("Pembina Utama Muda / IV c"), Sex::Male, true},
        {TeamRole::Secretary, {}, QStringLiteral("S.KM., M.Kes."), QStringLiteral("Kepala Bidang Keluarga Berencana"), QStringLiteral("DP2KB"), {}, QStringLiteral("Pembina / IV a"), Sex::Female, true},
        {TeamRole::Technical, {}, QStringLiteral("S.Gz."), QStringLiteral("Kepala Seksi Kesehatan Keluarga dan Gizi"), QStringLiteral("Dinkes"), QStringLiteral("Gizi"), QStringLiteral("Penata Tingkat I / III d"), Sex::Female, true},
        {TeamRole::Technical, QStringLiteral("dr."), {}, QStringLiteral("Kepala Puskesmas Cibeureum"), QStringLiteral("Dinkes"), {}, QStringLiteral("Penata / III c"), Sex::Male, true},
        {TeamRole::Technical, {}, QStringLiteral("S.ST."), QStringLiteral("Bidan Koordinator"), QStringLiteral("Dinkes"), QStringLiteral("Kebidanan"), QStringLiteral("Penata Muda Tingkat I / III b"), Sex::Female, true},
        {TeamRole::Technical, {}, QStringLiteral("S.Sos."), QStringLiteral("Penyuluh KB Ahli Muda"), QStringLiteral("DP2KB"), {}, QStringLiteral("Penata / III c"), Sex::Male, true},
        {TeamRole::Technical, {}, QStringLiteral("S.T."), QStringLiteral("Kepala Seksi Air Minum dan Sanitasi"), QStringLiteral("PUPR"), {}, QStringLiteral("Penata Tingkat I / III d"), Sex::Male, true},
        {TeamRole::Expert, QStringLiteral("dr."), QStringLiteral("Sp.A."), QStringLiteral("Dokter Spesialis Anak"), QStringLiteral("RSUD"), QStringLiteral("Pediatri"), QStringLiteral("Pembina / IV a"), Sex::Female, true},
        {TeamRole::Expert, QStringLiteral("dr."), QStringLiteral("Sp.OG."), QStringLiteral("Dokter Spesialis Kebidanan dan Kandungan"), QStringLiteral("RSUD"), QStringLiteral("Obstetri dan Ginekologi"), QStringLiteral("Pembina / IV a"), Sex::Male, true},
        {TeamRole::Expert, {}, QStringLiteral("S.Gz., M.Gizi"), QStringLiteral("Nutrisionis Ahli Madya"), QStringLiteral("RSUD"), QStringLiteral("Gizi klinik"), QStringLiteral("Penata Tingkat I / III d"), Sex::Female, true},
        {TeamRole::Expert, {}, QStringLiteral("M.Psi., Psikolog"), QStringLiteral("Psikolog Klinis"), QStringLiteral("RSUD"), QStringLiteral("Psikologi"), {}, Sex::Female, false}};
}

QList<ItemSpec> actionItems()
{
    return {
        {QStringLiteral("Pemberian makanan tambahan lokal 90 hari"), QStringLiteral("Dinkes"), QStringLiteral("BOK"), QStringLiteral("Berat badan naik sesuai KBM"), InterventionType::Specific, ActionTiming::Immediate},
        {QStringLiteral("Bantuan pembangunan jamban sehat"), QStringLiteral("Perkim"), QStringLiteral("APBD"), QStringLiteral("Jamban dengan tangki septik terpasang"), InterventionType::Sensitive, ActionTiming::Planned},
        {QStringLiteral("Pendampingan keluarga oleh TPK"), QStringLiteral("DP2KB"), QStringLiteral("DAK/BOKB"), QStringLiteral("Kunjungan tercatat dua kali sebulan"), InterventionType::Sensitive, ActionTiming::Immediate},
        {QStringLiteral("Bantuan sosial pangan"), QStringLiteral("Dinsos"), QStringLiteral("APBD"), QStringLiteral("Keluarga menerima bantuan"), InterventionType::Sensitive, ActionTiming::Planned},
        {QStringLiteral("Rujukan ke poli anak dan pemeriksaan TB"), QStringLiteral("RSUD"), QStringLiteral("BOK"), QStringLiteral("Hasil pemeriksaan tersedia"), InterventionType::Specific, ActionTiming::Immediate},
        {QStringLiteral("Sambungan air minum perpipaan"), QStringLiteral("PUPR"), QStringLiteral("Dana Desa"), QStringLiteral("Rumah tersambung air bersih"), InterventionType::Sensitive, ActionTiming::Planned}};
}

} // namespace DemoCatalogue
