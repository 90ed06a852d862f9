<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>ActionItemCheck</name>
    <message>
        <source>Describe the activity.</source>
        <translation>Mohon uraikan kegiatannya.</translation>
    </message>
    <message>
        <source>Choose the agency (OPD) responsible.</source>
        <translation>Mohon pilih OPD penanggung jawab.</translation>
    </message>
    <message>
        <source>The due date is before the start date.</source>
        <translation>Tenggat sebelum tanggal mulai.</translation>
    </message>
    <message>
        <source>An item marked &quot;%1&quot; needs the date it was evaluated.</source>
        <translation>Butir berstatus &quot;%1&quot; memerlukan tanggal evaluasinya.</translation>
    </message>
    <message>
        <source>The evaluation date is in the future.</source>
        <translation>Tanggal evaluasi berada di masa mendatang.</translation>
    </message>
    <message>
        <source>The evaluation date is before the start date.</source>
        <translation>Tanggal evaluasi sebelum tanggal mulai.</translation>
    </message>
    <message>
        <source>An approval needs both the date and the name of the TPPS chair.</source>
        <translation>Persetujuan memerlukan tanggal serta nama Ketua TPPS.</translation>
    </message>
    <message>
        <source>The approval date is in the future.</source>
        <translation>Tanggal persetujuan berada di masa mendatang.</translation>
    </message>
    <message>
        <source>This item has been evaluated, so its status stays done, partly done or not done.</source>
        <translation>Butir ini sudah dievaluasi, sehingga statusnya tetap selesai, selesai sebagian, atau belum selesai.</translation>
    </message>
</context>
<context>
    <name>ActionItemDialog</name>
    <message>
        <source>Approved by the TPPS chair</source>
        <translation>Disetujui Ketua TPPS</translation>
    </message>
    <message>
        <source>Edit an RTL item</source>
        <translation>Ubah butir RTL</translation>
    </message>
    <message>
        <source>New RTL item</source>
        <translation>Butir RTL baru</translation>
    </message>
    <message>
        <source>e.g. Pemberian makanan tambahan berbahan pangan lokal selama 90 hari</source>
        <translation>mis. Pemberian makanan tambahan berbahan pangan lokal selama 90 hari</translation>
    </message>
    <message>
        <source>e.g. the case&apos;s family; all BADUTA of the desa</source>
        <translation>mis. keluarga kasus; seluruh BADUTA di desa</translation>
    </message>
    <message>
        <source>e.g. Puskesmas, PKK, Pemerintah Desa</source>
        <translation>mis. Puskesmas, PKK, Pemerintah Desa</translation>
    </message>
    <message>
        <source>e.g. weight gain every month for three months</source>
        <translation>mis. berat badan naik setiap bulan selama tiga bulan</translation>
    </message>
    <message>
        <source>Name of the TPPS chair</source>
        <translation>Nama Ketua TPPS</translation>
    </message>
    <message>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Kasus:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Masalah:</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Rekomendasi:</translation>
    </message>
    <message>
        <source>Intervention type:</source>
        <translation>Jenis intervensi:</translation>
    </message>
    <message>
        <source>Timing:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>Activity: *</source>
        <translation>Kegiatan: *</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Sasaran kegiatan:</translation>
    </message>
    <message>
        <source>Responsible OPD: *</source>
        <translation>OPD penanggung jawab: *</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Mitra:</translation>
    </message>
    <message>
        <source>Period (start to due):</source>
        <translation>Periode (mulai s.d. tenggat):</translation>
    </message>
    <message>
        <source>Budget source:</source>
        <translation>Sumber anggaran:</translation>
    </message>
    <message>
        <source>Success indicator:</source>
        <translation>Indikator keberhasilan:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Evaluated on:</source>
        <translation>Tanggal evaluasi:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Persetujuan:</translation>
    </message>
    <message>
        <source>General (not for one case)</source>
        <translation>Umum (tidak untuk kasus tertentu)</translation>
    </message>
    <message>
        <source>(case of another cycle)</source>
        <translation>(kasus siklus lain)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>The RTL item could not be saved; nothing was changed.

%1</source>
        <translation>Butir RTL tidak dapat disimpan; tidak ada yang diubah.

%1</translation>
    </message>
    <message>
        <source>Discard the changes to this RTL item?</source>
        <translation>Buang perubahan pada butir RTL ini?</translation>
    </message>
</context>
<context>
    <name>ActionItemRepository</name>
    <message>
        <source>The RTL item</source>
        <translation>Butir RTL</translation>
    </message>
</context>
<context>
    <name>ActionItemTableModel</name>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (lewat tenggat)</translation>
    </message>
    <message>
        <source>Due %1 and not done</source>
        <translation>Tenggat %1 dan belum selesai</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Selesai sebagian</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Belum selesai</translation>
    </message>
</context>
<context>
    <name>ActionTiming</name>
    <message>
        <source>Immediate (segera)</source>
        <translation>Segera</translation>
    </message>
    <message>
        <source>Planned (terencana)</source>
        <translation>Terencana</translation>
    </message>
</context>
<context>
    <name>AgeBand</name>
    <message>
        <source>%1-%2 months</source>
        <translation>%1-%2 bulan</translation>
    </message>
    <message>
        <source>60 months or more</source>
        <translation>60 bulan atau lebih</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>umur tidak tercatat</translation>
    </message>
    <message>
        <source>under 15 years</source>
        <translation>di bawah 15 tahun</translation>
    </message>
    <message>
        <source>45 years or older</source>
        <translation>45 tahun atau lebih</translation>
    </message>
    <message>
        <source>%1-%2 years</source>
        <translation>%1-%2 tahun</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <source>%1 days</source>
        <translation>%1 hari</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 bln</translation>
    </message>
    <message>
        <source>%1 yr %2 mo</source>
        <translation>%1 thn %2 bln</translation>
    </message>
    <message>
        <source>%1 yr</source>
        <translation>%1 thn</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve RTL items</source>
        <translation>Setujui butir RTL</translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s) will be marked as approved by the TPPS chair.</source>
        <translation>
            <numerusform>%n butir RTL akan ditandai telah disetujui Ketua TPPS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>&amp;Tanggal persetujuan:</translation>
    </message>
    <message>
        <source>Approved &amp;by (TPPS chair):</source>
        <translation>Disetujui &amp;oleh (Ketua TPPS):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
</context>
<context>
    <name>AttendanceSheetDocument</name>
    <message>
        <source>The attendance sheet of meeting %1 cannot be made. %2</source>
        <translation>Daftar hadir rapat %1 tidak dapat dibuat. %2</translation>
    </message>
    <message>
        <source>Attendance list, %1</source>
        <translation>Daftar hadir, %1</translation>
    </message>
    <message>
        <source>Attendance list (Daftar Hadir)</source>
        <translation>Daftar Hadir</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Agency / position</source>
        <translation>Instansi/Jabatan</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda Tangan</translation>
    </message>
    <message>
        <source>Acknowledged,</source>
        <translation>Mengetahui,</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Hasil skrining</translation>
    </message>
    <message>
        <source>already a case</source>
        <translation>sudah menjadi kasus</translation>
    </message>
    <message>
        <source>no measurement</source>
        <translation>belum ada pengukuran</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Only candidates at risk</source>
        <translation>Hanya kandidat berisiko</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Tick the candidates to audit and give each at least one reason. Children below -2 SD length/height-for-age and mothers or brides with a risk are shown in red.</source>
        <translation>Centang kandidat yang akan diaudit dan beri setiap kandidat paling sedikit satu alasan. Anak dengan PB/U atau TB/U di bawah -2 SD serta ibu atau catin yang berisiko ditampilkan merah.</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Filter by name or desa…</source>
        <translation>Saring menurut nama atau desa…</translation>
    </message>
    <message>
        <source>Reasons for the selected candidate</source>
        <translation>Alasan untuk kandidat terpilih</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Choose a candidate in the list.</source>
        <translation>Pilih kandidat di daftar.</translation>
    </message>
    <message>
        <source>Tick the candidate first to give reasons.</source>
        <translation>Centang kandidat terlebih dahulu untuk memberi alasan.</translation>
    </message>
    <message>
        <source>Cases per group (minimum %1): %2</source>
        <translation>Kasus per kelompok (minimal %1): %2</translation>
    </message>
</context>
<context>
    <name>CaseDeleter</name>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Hapus kasus…</translation>
    </message>
    <message>
        <source>Delete the selected case with its review, RTL items and visits (can be undone until Tuntas closes)</source>
        <translation>Hapus kasus terpilih beserta kajian, butir RTL, dan kunjungannya (dapat diurungkan selama Tuntas belum ditutup)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Undo delete of case %1</source>
        <translation>&amp;Urungkan penghapusan kasus %1</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Hapus kasus</translation>
    </message>
    <message>
        <source>Delete case %1? These go with it:

%2

The subject stays registered. Edit &gt; Undo puts it all back until Tuntas closes.</source>
        <translation>Hapus kasus %1? Data berikut ikut terhapus:

%2

Sasaran tetap terdaftar. Ubah &gt; Urungkan mengembalikan semuanya selama Tuntas belum ditutup.</translation>
    </message>
    <message>
        <source>Delete case %1? It has no review, RTL items or visits yet; the subject stays registered.</source>
        <translation>Hapus kasus %1? Kasus ini belum memiliki kajian, butir RTL, atau kunjungan; sasaran tetap terdaftar.</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Urungkan penghapusan</translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <source>Improved</source>
        <translation>Membaik</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Memburuk</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Pindah</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Tidak dapat dipantau</translation>
    </message>
</context>
<context>
    <name>CaseOutcomePage</name>
    <message>
        <source>Case outcomes</source>
        <translation>Hasil akhir kasus</translation>
    </message>
    <message>
        <source>The measurement before the audit and the last follow-up side by side, with the outcome they suggest. For a child, length/height-for-age z changing by less than %1 without changing category counts as unchanged; for a mother, fewer of the Hb, LiLA and BMI thresholds crossed is improved, more is worse. Confirm each outcome.</source>
        <translation>Pengukuran sebelum audit dan pemantauan terakhir ditampilkan berdampingan, beserta hasil akhir yang diusulkan. Untuk anak, skor-z PB/U atau TB/U yang berubah kurang dari %1 tanpa berpindah kategori dihitung tetap; untuk ibu, makin sedikit ambang Hb, LiLA, dan IMT yang terlampaui berarti membaik, makin banyak berarti memburuk. Konfirmasikan setiap hasil akhir.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Confirmed outcome</source>
        <translation>Hasil akhir terkonfirmasi</translation>
    </message>
    <message>
        <source>Take the proposals for cases not yet confirmed</source>
        <translation>Pakai usulan untuk kasus yang belum dikonfirmasi</translation>
    </message>
    <message>
        <source>Outcomes confirmed on:</source>
        <translation>Tanggal hasil akhir dikonfirmasi:</translation>
    </message>
    <message>
        <source>no measurement</source>
        <translation>belum ada pengukuran</translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>HAZ %1 (%2)</source>
        <translation>Skor-z PB/U atau TB/U %1 (%2)</translation>
    </message>
    <message>
        <source>Hb %1 g/dL</source>
        <translation>Hb %1 g/dL</translation>
    </message>
    <message>
        <source>LiLA %1 cm</source>
        <translation>LiLA %1 cm</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>IMT %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>— not confirmed —</source>
        <translation>— belum dikonfirmasi —</translation>
    </message>
</context>
<context>
    <name>CaseOutcomeSection</name>
    <message>
        <source>Not measured</source>
        <translation>Tidak diukur</translation>
    </message>
    <message>
        <source>PB/U z %1</source>
        <translation>Skor-z PB/U %1</translation>
    </message>
    <message>
        <source>TB/U z %1</source>
        <translation>Skor-z TB/U %1</translation>
    </message>
    <message>
        <source>PB %1 cm</source>
        <translation>PB %1 cm</translation>
    </message>
    <message>
        <source>TB %1 cm</source>
        <translation>TB %1 cm</translation>
    </message>
    <message>
        <source>Hb %1 g/dL</source>
        <translation>Hb %1 g/dL</translation>
    </message>
    <message>
        <source>LiLA %1 cm</source>
        <translation>LiLA %1 cm</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>IMT %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Before the audit</source>
        <translation>Sebelum audit</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Pemantauan terakhir</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil akhir</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>%1 (proposed, not confirmed)</source>
        <translation>%1 (usulan, belum dikonfirmasi)</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Belum dikonfirmasi</translation>
    </message>
    <message>
        <source>No follow-up measurement</source>
        <translation>Tidak ada pengukuran pemantauan</translation>
    </message>
    <message>
        <source>Decided by the team; the measurements suggest %1: %2</source>
        <translation>Diputuskan oleh tim; hasil pengukuran menunjukkan %1: %2</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>CaseProfile</name>
    <message>
        <source>BB %1 kg</source>
        <translation>BB %1 kg</translation>
    </message>
    <message>
        <source>PB/TB %1 cm</source>
        <translation>PB/TB %1 cm</translation>
    </message>
    <message>
        <source>LiLA %1 cm</source>
        <translation>LiLA %1 cm</translation>
    </message>
    <message>
        <source>Hb %1 g/dL</source>
        <translation>Hb %1 g/dL</translation>
    </message>
    <message>
        <source>Measured %1: %2</source>
        <translation>Diukur %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Family card (KK)</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Ibu</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Ayah</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>RT %1/RW %2</source>
        <translation>RT %1/RW %2</translation>
    </message>
    <message>
        <source>Dusun %1</source>
        <translation>Dusun %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
</context>
<context>
    <name>CaseRemoval</name>
    <message>
        <source>The case to delete is no longer in the workspace.</source>
        <translation>Kasus yang akan dihapus sudah tidak ada di ruang kerja.</translation>
    </message>
    <message>
        <source>Case %1 belongs to cycle %2 of %3, which is closed; the cases of a closed cycle cannot be deleted.</source>
        <translation>Kasus %1 termasuk Siklus %2 Tahun %3, yang sudah selesai; kasus pada siklus yang sudah selesai tidak dapat dihapus.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 cannot be deleted: %n of its RTL item(s) were carried into another cycle, which still follows them.</source>
        <translation>
            <numerusform>Kasus %1 tidak dapat dihapus: %n butir RTL-nya telah dibawa ke siklus lain dan masih dipantau di sana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 could not be deleted; nothing was changed. %2</source>
        <translation>Kasus %1 tidak dapat dihapus; tidak ada yang diubah. %2</translation>
    </message>
    <message>
        <source>There is nothing to restore.</source>
        <translation>Tidak ada yang perlu dipulihkan.</translation>
    </message>
    <message>
        <source>Case %1 cannot be put back: since it was deleted, its cycle has been given a case with the same code, audit number or subject.</source>
        <translation>Kasus %1 tidak dapat dikembalikan: setelah kasus itu dihapus, siklusnya sudah mendapat kasus dengan kode, nomor urut audit, atau sasaran yang sama.</translation>
    </message>
    <message>
        <source>Case %1 could not be restored; the workspace was left as it was. %2</source>
        <translation>Kasus %1 tidak dapat dipulihkan; ruang kerja dibiarkan seperti semula. %2</translation>
    </message>
</context>
<context>
    <name>CaseRemovalSummary</name>
    <message numerus="yes">
        <source>%n expert review(s)</source>
        <translation>
            <numerusform>%n kajian Tim Pakar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) named on the review</source>
        <translation>
            <numerusform>%n pakar yang tercantum pada kajian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worksheet answer(s)</source>
        <translation>
            <numerusform>%n jawaban kertas kerja audit (KKA)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n penyebab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n rekomendasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s)</source>
        <translation>
            <numerusform>%n butir RTL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of RTL items</source>
        <translation>
            <numerusform>%n evaluasi butir RTL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency commitment(s) to RTL items</source>
        <translation>
            <numerusform>%n komitmen OPD atas butir RTL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monitoring visit(s)</source>
        <translation>
            <numerusform>%n kunjungan pemantauan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) keep their place but lose their link to it</source>
        <translation>
            <numerusform>%n data lain tetap tersimpan, tetapi tidak lagi terhubung dengan kasus ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The audit case</source>
        <translation>Kasus audit</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Kasus %1</translation>
    </message>
</context>
<context>
    <name>CaseSelection</name>
    <message>
        <source>%1: %2 of %3 cases</source>
        <translation>%1: %2 dari %3 kasus</translation>
    </message>
    <message>
        <source>%1 has no selection reason: every case needs at least one.</source>
        <translation>%1 belum memiliki alasan pemilihan: setiap kasus memerlukan paling sedikit satu alasan.</translation>
    </message>
</context>
<context>
    <name>CaseSpreadSection</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>(kecamatan not recorded)</source>
        <translation>(kecamatan tidak tercatat)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Selection reasons</source>
        <translation>Alasan pemilihan</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>Kajian Tim Pakar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil akhir</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
</context>
<context>
    <name>CauseTaxonomyDialog</name>
    <message>
        <source>&amp;Add cause</source>
        <translation>&amp;Tambah penyebab</translation>
    </message>
    <message>
        <source>Causes of stunting</source>
        <translation>Penyebab stunting</translation>
    </message>
    <message>
        <source>The list the review&apos;s causes page offers. A retired cause is no longer offered; reviews that ticked it keep it.</source>
        <translation>Daftar pilihan pada halaman penyebab dalam kajian. Penyebab yang dinonaktifkan tidak lagi ditawarkan; kajian yang sudah mencentangnya tetap menyimpannya.</translation>
    </message>
    <message>
        <source>Label (Indonesian)</source>
        <translation>Label (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Row %1 has no Indonesian label. Enter one, or clear the row.</source>
        <translation>Baris %1 belum memiliki label bahasa Indonesia. Isi labelnya, atau kosongkan baris itu.</translation>
    </message>
    <message>
        <source>The list could not be saved; nothing was changed.

%1</source>
        <translation>Daftar tidak dapat disimpan; tidak ada yang diubah.

%1</translation>
    </message>
    <message>
        <source>Discard the changes to the list of causes?</source>
        <translation>Buang perubahan pada daftar penyebab?</translation>
    </message>
</context>
<context>
    <name>CauseTaxonomyRepository</name>
    <message>
        <source>A cause needs a label.</source>
        <translation>Penyebab harus memiliki label.</translation>
    </message>
</context>
<context>
    <name>CausesPage</name>
    <message>
        <source>Edit list…</source>
        <translation>Ubah daftar…</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Tick the causes the technical team found and those the experts concluded, each with a short note.</source>
        <translation>Centang penyebab yang ditemukan Tim Teknis dan yang disimpulkan Tim Pakar, masing-masing dengan catatan singkat.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Technical team</source>
        <translation>Tim Teknis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Tim Pakar</translation>
    </message>
    <message>
        <source>What the technical team found, in a few sentences</source>
        <translation>Temuan Tim Teknis, dalam beberapa kalimat</translation>
    </message>
    <message>
        <source>The experts&apos; conclusion</source>
        <translation>Kesimpulan Tim Pakar</translation>
    </message>
    <message>
        <source>e.g. suspected pulmonary tuberculosis</source>
        <translation>mis. terduga tuberkulosis paru</translation>
    </message>
    <message>
        <source>e.g. paediatric clinic, RSUD</source>
        <translation>mis. poli anak, RSUD</translation>
    </message>
    <message>
        <source>Technical team&apos;s view:</source>
        <translation>Pandangan Tim Teknis:</translation>
    </message>
    <message>
        <source>Experts&apos; conclusion:</source>
        <translation>Kesimpulan Tim Pakar:</translation>
    </message>
    <message>
        <source>Suspected underlying disease:</source>
        <translation>Dugaan penyakit penyerta:</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Dirujuk ke:</translation>
    </message>
    <message>
        <source>Direct causes</source>
        <translation>Penyebab langsung</translation>
    </message>
    <message>
        <source>Indirect causes</source>
        <translation>Penyebab tidak langsung</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (tidak lagi ditawarkan)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a note but is not ticked (%2). Tick it or clear the note.</source>
        <translation>&quot;%1&quot; memiliki catatan, tetapi tidak dicentang (%2). Centang atau hapus catatannya.</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>Tim Pakar</translation>
    </message>
    <message>
        <source>technical team</source>
        <translation>Tim Teknis</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Format version: %1 (this program: %2)</source>
        <translation>Versi format: %1 (program ini: %2)</translation>
    </message>
    <message>
        <source>the workspace is not at this program&apos;s format version.</source>
        <translation>ruang kerja tidak berada pada versi format program ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Ditemukan %n masalah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integritas: baik</translation>
    </message>
    <message>
        <source>Foreign keys: ok</source>
        <translation>Kunci relasi: baik</translation>
    </message>
    <message>
        <source>Check a workspace&apos;s integrity, foreign keys and format version.</source>
        <translation>Memeriksa integritas, kunci relasi, dan versi format ruang kerja.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Menampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>missing arguments; see &apos;tuntas-cli %1 --help&apos;.</source>
        <translation>argumen kurang; lihat &apos;tuntas-cli %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The file is not a CSV text file. If it is a spreadsheet, save it from Excel as .xlsx or as CSV and import that.</source>
        <translation>Berkas ini bukan berkas teks CSV. Jika berkas ini lembar kerja, simpan dari Excel sebagai .xlsx atau CSV, lalu impor berkas tersebut.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>CycleArgument</name>
    <message>
        <source>give the cycle as YEAR-N, for example --cycle 2026-1.</source>
        <translation>sebutkan siklus sebagai TAHUN-N, misalnya --cycle 2026-1.</translation>
    </message>
    <message>
        <source>there is no cycle %1 in this workspace.</source>
        <translation>tidak ada siklus %1 di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>CyclePeriodSection</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Team formation: decree (SK)</source>
        <translation>Pembentukan tim: surat keputusan (SK)</translation>
    </message>
    <message>
        <source>SK Number %1</source>
        <translation>Nomor SK %1</translation>
    </message>
    <message>
        <source>No decree yet</source>
        <translation>Belum ada SK</translation>
    </message>
    <message>
        <source>Case identification and selection</source>
        <translation>Identifikasi dan seleksi kasus</translation>
    </message>
    <message>
        <source>%1 cases selected</source>
        <translation>Sebanyak %1 kasus terpilih</translation>
    </message>
    <message>
        <source>Expert review (kajian Tim Pakar)</source>
        <translation>Kajian Tim Pakar</translation>
    </message>
    <message>
        <source>%1 of %2 cases reviewed and signed</source>
        <translation>Sebanyak %1 dari %2 kasus telah dikaji dan ditandatangani</translation>
    </message>
    <message>
        <source>Approval of the RTL by the TPPS chair</source>
        <translation>Persetujuan RTL oleh Ketua TPPS</translation>
    </message>
    <message>
        <source>%1 of %2 RTL items approved</source>
        <translation>Sebanyak %1 dari %2 butir RTL telah disetujui</translation>
    </message>
    <message>
        <source>Dissemination (diseminasi)</source>
        <translation>Diseminasi</translation>
    </message>
    <message>
        <source>%1 present</source>
        <translation>Dihadiri %1 orang</translation>
    </message>
    <message>
        <source>No dissemination meeting yet</source>
        <translation>Belum ada rapat diseminasi</translation>
    </message>
    <message>
        <source>Monitoring visits of the cases</source>
        <translation>Kunjungan pemantauan kasus</translation>
    </message>
    <message>
        <source>%1 of %2 cases visited</source>
        <translation>Sebanyak %1 dari %2 kasus telah dikunjungi</translation>
    </message>
    <message>
        <source>Evaluation of the RTL</source>
        <translation>Evaluasi RTL</translation>
    </message>
    <message>
        <source>%1 of %2 RTL items evaluated</source>
        <translation>Sebanyak %1 dari %2 butir RTL telah dievaluasi</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Siklus</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>CycleProgress</name>
    <message>
        <source>%1: %2 of %3 cases selected</source>
        <translation>%1: %2 dari %3 kasus terpilih</translation>
    </message>
    <message>
        <source>No cases selected yet</source>
        <translation>Belum ada kasus terpilih</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a signed expert review</source>
        <translation>
            <numerusform>%n kasus belum memiliki kajian Tim Pakar yang ditandatangani</numerusform>
        </translation>
    </message>
    <message>
        <source>No RTL items yet</source>
        <translation>Belum ada butir RTL</translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s) not yet approved by the TPPS chair</source>
        <translation>
            <numerusform>%n butir RTL belum disetujui Ketua TPPS</numerusform>
        </translation>
    </message>
    <message>
        <source>No dissemination meeting with attendance and minutes yet</source>
        <translation>Belum ada rapat diseminasi dengan daftar hadir dan notulen</translation>
    </message>
    <message>
        <source>No RTL items to evaluate yet</source>
        <translation>Belum ada butir RTL untuk dievaluasi</translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s) not yet evaluated</source>
        <translation>
            <numerusform>%n butir RTL belum dievaluasi</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases to follow up yet</source>
        <translation>Belum ada kasus untuk dipantau</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a confirmed outcome</source>
        <translation>
            <numerusform>%n kasus belum memiliki hasil akhir yang dikonfirmasi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleReportDocument</name>
    <message>
        <source>No review names the experts&apos; causes yet.</source>
        <translation>Belum ada kajian yang memuat penyebab menurut Tim Pakar.</translation>
    </message>
    <message>
        <source>Dark bars: direct causes (intake, infection, disease). Light bars: indirect causes.</source>
        <translation>Batang gelap: penyebab langsung (asupan, infeksi, penyakit). Batang terang: penyebab tidak langsung.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Share of reviewed cases</source>
        <translation>Persentase dari kasus yang dikaji</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Langsung</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Tidak langsung</translation>
    </message>
    <message>
        <source>The experts&apos; conclusions in %1 reviewed cases; a case may have several causes.</source>
        <translation>Kesimpulan Tim Pakar pada %1 kasus yang telah dikaji; satu kasus dapat memiliki beberapa penyebab.</translation>
    </message>
    <message>
        <source>2.1 Spread of the cases</source>
        <translation>2.1 Sebaran kasus</translation>
    </message>
    <message numerus="yes">
        <source>%1 audited %n case(s)</source>
        <translation>
            <numerusform>Pada %1 diaudit %n kasus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n kecamatan, by target group:</source>
        <translation>
            <numerusform>di %n kecamatan, dengan sebaran menurut kelompok sasaran sebagai berikut:</numerusform>
        </translation>
    </message>
    <message>
        <source>2.2 The audited cases</source>
        <translation>2.2 Kasus yang diaudit</translation>
    </message>
    <message>
        <source>Each case is named by its code only, as the audit&apos;s first principle, confidentiality, requires.</source>
        <translation>Sesuai dengan prinsip pertama audit, yaitu kerahasiaan, setiap kasus hanya disebut dengan kodenya.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Desa and kecamatan</source>
        <translation>Desa dan kecamatan</translation>
    </message>
    <message>
        <source>Reasons for selection</source>
        <translation>Alasan pemilihan</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>The cycle of the report does not exist in this workspace.</source>
        <translation>Siklus yang dilaporkan tidak ada di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Cycle %1 has no audited cases yet: select cases before writing its report.</source>
        <translation>Siklus %1 belum memiliki kasus yang diaudit: pilih dahulu kasusnya sebelum menyusun laporan.</translation>
    </message>
    <message>
        <source>Chair of the Stunting Case Audit Team</source>
        <translation>Ketua Tim Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>Approved by,</source>
        <translation>Disetujui oleh,</translation>
    </message>
    <message>
        <source>Chair of the stunting task force (Ketua TPPS)</source>
        <translation>Ketua Tim Percepatan Penurunan Stunting (TPPS)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Pendahuluan</translation>
    </message>
    <message>
        <source>Cases and their spread</source>
        <translation>Kasus dan Sebarannya</translation>
    </message>
    <message>
        <source>The experts (Tim Pakar)</source>
        <translation>Tim Pakar</translation>
    </message>
    <message>
        <source>Period of the audit</source>
        <translation>Periode Pelaksanaan Audit</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <source>Follow-up plan (RTL)</source>
        <translation>Rencana Tindak Lanjut (RTL)</translation>
    </message>
    <message>
        <source>Evaluation of the RTL</source>
        <translation>Evaluasi Rencana Tindak Lanjut (RTL)</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>Chapter %1 %2</source>
        <translation>Bab %1 %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Audited cases</source>
        <translation>Kasus yang diaudit</translation>
    </message>
    <message>
        <source>RTL items</source>
        <translation>Butir RTL</translation>
    </message>
    <message>
        <source>Team decree (SK)</source>
        <translation>SK tim</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Nomor %1</translation>
    </message>
    <message>
        <source>Contents (Daftar isi)</source>
        <translation>Daftar Isi</translation>
    </message>
    <message>
        <source>Approval page (Lembar pengesahan)</source>
        <translation>Lembar Pengesahan</translation>
    </message>
    <message>
        <source>1.1 Background</source>
        <translation>1.1 Latar belakang</translation>
    </message>
    <message>
        <source>1.2 Legal basis</source>
        <translation>1.2 Dasar hukum</translation>
    </message>
    <message>
        <source>1.3 Objectives</source>
        <translation>1.3 Tujuan</translation>
    </message>
    <message>
        <source>The cases were reviewed by the experts (Tim Pakar) the decree appointed for %1:</source>
        <translation>Kasus dikaji oleh Tim Pakar yang ditetapkan dengan SK untuk %1, yaitu:</translation>
    </message>
    <message>
        <source>The team of this cycle has no experts yet.</source>
        <translation>Tim siklus ini belum memiliki anggota Tim Pakar.</translation>
    </message>
    <message>
        <source>5.1 Conclusions</source>
        <translation>5.1 Kesimpulan</translation>
    </message>
    <message>
        <source>5.2 Main causes found</source>
        <translation>5.2 Penyebab utama yang ditemukan</translation>
    </message>
    <message>
        <source>5.3 Recommendations</source>
        <translation>5.3 Rekomendasi</translation>
    </message>
    <message>
        <source>No RTL item has been drafted for this cycle.</source>
        <translation>Belum ada butir RTL yang disusun untuk siklus ini.</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up plan of %1 has %n item(s), by the agency (OPD) responsible.</source>
        <translation>
            <numerusform>Rencana Tindak Lanjut (RTL) %1 terdiri atas %n butir, disajikan menurut OPD penanggung jawab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not yet approved by the TPPS chair.</source>
        <translation>
            <numerusform>Sebanyak %n butir di antaranya belum disetujui Ketua TPPS.</numerusform>
        </translation>
    </message>
    <message>
        <source>7.1 RTL items done by agency</source>
        <translation>7.1 Butir RTL yang selesai menurut OPD</translation>
    </message>
    <message>
        <source>7.2 RTL items done by timing</source>
        <translation>7.2 Butir RTL yang selesai menurut waktu</translation>
    </message>
    <message>
        <source>7.3 RTL items and what was done</source>
        <translation>7.3 Butir RTL dan pelaksanaannya</translation>
    </message>
    <message>
        <source>The cycle has no RTL items.</source>
        <translation>Siklus ini tidak memiliki butir RTL.</translation>
    </message>
    <message>
        <source>7.4 Case outcomes before and after follow-up</source>
        <translation>7.4 Hasil Akhir Kasus Sebelum dan Sesudah Tindak Lanjut</translation>
    </message>
    <message>
        <source>Cases by outcome</source>
        <translation>Kasus menurut hasil akhir</translation>
    </message>
    <message>
        <source>7.5 Sipasti stages reached</source>
        <translation>7.5 Tahapan Sipasti yang Tercapai</translation>
    </message>
</context>
<context>
    <name>CycleRepository</name>
    <message>
        <source>The audit cycle</source>
        <translation>Siklus audit</translation>
    </message>
</context>
<context>
    <name>CycleStage</name>
    <message>
        <source>Team formation</source>
        <translation>Pembentukan tim</translation>
    </message>
    <message>
        <source>Case identification and selection</source>
        <translation>Identifikasi dan seleksi kasus</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>Kajian Tim Pakar</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Diseminasi</translation>
    </message>
    <message>
        <source>Follow-up evaluation</source>
        <translation>Evaluasi tindak lanjut</translation>
    </message>
</context>
<context>
    <name>CycleStatus</name>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>CycleSummary</name>
    <message>
        <source>No agency</source>
        <translation>Tanpa OPD</translation>
    </message>
    <message>
        <source>Team formed</source>
        <translation>Tim terbentuk</translation>
    </message>
    <message>
        <source>Cases identified and selected</source>
        <translation>Kasus teridentifikasi dan terpilih</translation>
    </message>
    <message>
        <source>Cases reviewed and RTL agreed</source>
        <translation>Kasus dikaji dan RTL disepakati</translation>
    </message>
    <message>
        <source>RTL evaluated</source>
        <translation>RTL dievaluasi</translation>
    </message>
    <message>
        <source>Stage %1 is not reached yet</source>
        <translation>Tahap %1 belum tercapai</translation>
    </message>
</context>
<context>
    <name>CycleSummaryPage</name>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Jumlah butir</translation>
    </message>
    <message>
        <source>Share done</source>
        <translation>Persentase selesai</translation>
    </message>
    <message>
        <source>Cycle summary</source>
        <translation>Ringkasan siklus</translation>
    </message>
    <message>
        <source>What the cycle achieved and which Sipasti stage can be reported, from the stored data. Nothing here is edited; the pages before are already saved.</source>
        <translation>Capaian siklus dan tahap Sipasti yang dapat dilaporkan, berdasarkan data tersimpan. Tidak ada yang diubah di sini; halaman-halaman sebelumnya sudah disimpan.</translation>
    </message>
    <message>
        <source>Sipasti stages</source>
        <translation>Tahapan Sipasti</translation>
    </message>
    <message>
        <source>reached on %1</source>
        <translation>tercapai pada %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>tercapai</translation>
    </message>
    <message>
        <source>not yet:</source>
        <translation>belum tercapai:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Improved: %1 · unchanged: %2 · worse: %3 · moved away, died or lost to follow-up: %4 · not yet confirmed: %5</source>
        <translation>Membaik: %1 · tetap: %2 · memburuk: %3 · pindah, meninggal, atau tidak dapat dipantau: %4 · belum dikonfirmasi: %5</translation>
    </message>
    <message>
        <source>RTL items done, by agency</source>
        <translation>Butir RTL yang selesai, menurut OPD</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>RTL items done, by timing</source>
        <translation>Butir RTL yang selesai, menurut waktu</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Only items with the status &quot;done&quot; count as done; partly done items do not.</source>
        <translation>Hanya butir berstatus &quot;selesai&quot; yang dihitung selesai; butir yang selesai sebagian tidak dihitung.</translation>
    </message>
</context>
<context>
    <name>CycleText</name>
    <message>
        <source>from %1</source>
        <translation>mulai %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Siklus %1 Tahun %2</translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <source>Start a &amp;new cycle…</source>
        <translation>Mulai siklus &amp;baru…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No audit cycle yet.&lt;/b&gt; A cycle is one round of the audit, usually one per semester: the team&apos;s decree, the selected cases, the expert review, the dissemination meeting and the evaluation of the follow-up plan. Subjects can be registered before a cycle starts.</source>
        <translation>&lt;b&gt;Belum ada siklus audit.&lt;/b&gt; Satu siklus adalah satu putaran audit, biasanya satu per semester: SK tim, kasus terpilih, kajian Tim Pakar, rapat diseminasi, dan evaluasi rencana tindak lanjut. Sasaran dapat didaftarkan sebelum siklus dimulai.</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Siklus:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>&amp;Subjects</source>
        <translation>&amp;Sasaran</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <source>&amp;RTL items</source>
        <translation>Butir &amp;RTL</translation>
    </message>
    <message>
        <source>Cycle %1 of %2 (%3)</source>
        <translation>Siklus %1 Tahun %2 (%3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Open the follow-up &amp;plan…</source>
        <translation>Buka rencana &amp;tindak lanjut…</translation>
    </message>
    <message>
        <source>Print a &amp;document…</source>
        <translation>&amp;Cetak dokumen…</translation>
    </message>
    <message>
        <source>Handout, RTL matrix, attendance sheet, official record, decree attachment, worksheets, growth charts and reports</source>
        <translation>Bahan diseminasi, matriks RTL, daftar hadir, berita acara, lampiran SK, KKA, grafik pertumbuhan dan laporan</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>Manual entry</source>
        <translation>Entri manual</translation>
    </message>
    <message>
        <source>e-PPGBM</source>
        <translation>e-PPGBM</translation>
    </message>
    <message>
        <source>Elsimil</source>
        <translation>Elsimil</translation>
    </message>
    <message>
        <source>Family census (PK)</source>
        <translation>Pendataan Keluarga (PK)</translation>
    </message>
    <message>
        <source>KIA register</source>
        <translation>Register KIA</translation>
    </message>
</context>
<context>
    <name>DecreeAttachmentDocument</name>
    <message>
        <source>The decree attachment of cycle %1 cannot be made. %2</source>
        <translation>Lampiran SK siklus %1 tidak dapat dibuat. %2</translation>
    </message>
    <message>
        <source>Cycle %1 has no decree (SK) yet. Record its number, date and signer in the team formation wizard first.</source>
        <translation>Siklus %1 belum memiliki SK. Catat dahulu nomor, tanggal, dan penanda tangan SK di panduan pembentukan tim.</translation>
    </message>
    <message>
        <source>Cycle %1 has no team yet. Appoint its members in the team formation wizard first.</source>
        <translation>Siklus %1 belum memiliki tim. Tetapkan dahulu anggota timnya di panduan pembentukan tim.</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Kelurahan %1</source>
        <translation>Kelurahan %1</translation>
    </message>
    <message>
        <source>Desa %1</source>
        <translation>Desa %1</translation>
    </message>
    <message>
        <source>Decree attachment, cycle %1</source>
        <translation>Lampiran SK, siklus %1</translation>
    </message>
    <message>
        <source>Membership of the Audit Kasus Stunting team</source>
        <translation>Susunan Keanggotaan Tim Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>%1, cycle %2 of %3</source>
        <translation>%1, Siklus %2 Tahun %3</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name and NIP</source>
        <translation>Nama dan NIP</translation>
    </message>
    <message>
        <source>Rank / grade</source>
        <translation>Pangkat/Golongan</translation>
    </message>
    <message>
        <source>Position and agency</source>
        <translation>Jabatan dan Instansi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Annex to the decree of the %1</source>
        <translation>Lampiran Keputusan %1</translation>
    </message>
</context>
<context>
    <name>DecreePage</name>
    <message>
        <source>Decree (SK)</source>
        <translation>Surat Keputusan (SK)</translation>
    </message>
    <message>
        <source>The decree that appoints this cycle&apos;s audit team. You can reuse the previous cycle&apos;s team and change only what changed.</source>
        <translation>SK yang menetapkan tim audit siklus ini. Anda dapat memakai ulang tim siklus sebelumnya dan hanya mengubah yang berubah.</translation>
    </message>
    <message>
        <source>e.g. 188.45/1/TPPS/V/2022</source>
        <translation>mis. 188.45/1/TPPS/V/2022</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>e.g. Wakil Bupati selaku Ketua TPPS</source>
        <translation>mis. Wakil Bupati selaku Ketua TPPS</translation>
    </message>
    <message>
        <source>e.g. Pembentukan Tim Audit Kasus Stunting</source>
        <translation>mis. Pembentukan Tim Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>Reuse the previous cycle&apos;s team</source>
        <translation>Pakai ulang tim siklus sebelumnya</translation>
    </message>
    <message>
        <source>Decree number:</source>
        <translation>Nomor SK:</translation>
    </message>
    <message>
        <source>Decree date:</source>
        <translation>Tanggal SK:</translation>
    </message>
    <message>
        <source>Signed by (title):</source>
        <translation>Ditandatangani oleh (jabatan):</translation>
    </message>
    <message>
        <source>Signed by (name):</source>
        <translation>Ditandatangani oleh (nama):</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Perihal:</translation>
    </message>
    <message>
        <source>There is no earlier cycle with a team to reuse.</source>
        <translation>Belum ada siklus sebelumnya yang memiliki tim untuk dipakai ulang.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The new workspace file to create, e.g. demo.tuntas.</source>
        <translation>Berkas ruang kerja baru yang akan dibuat, mis. demo.tuntas.</translation>
    </message>
    <message>
        <source>Make the district as it would be on DATE (yyyy-mm-dd) instead of today.</source>
        <translation>Membuat kabupaten seperti keadaannya pada TANGGAL (yyyy-mm-dd), bukan hari ini.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as yyyy-mm-dd, e.g. 2024-09-16.</source>
        <translation>&apos;%1&apos; bukan tanggal; tulis sebagai yyyy-mm-dd, mis. 2024-09-16.</translation>
    </message>
    <message>
        <source>Created the demonstration workspace %1.</source>
        <translation>Ruang kerja demonstrasi %1 telah dibuat.</translation>
    </message>
    <message>
        <source>Create the demonstration workspace (an invented district).</source>
        <translation>Membuat ruang kerja demonstrasi (kabupaten rekaan).</translation>
    </message>
</context>
<context>
    <name>DocumentCatalogue</name>
    <message>
        <source>%1 cannot be printed yet.</source>
        <translation>%1 belum dapat dicetak.</translation>
    </message>
</context>
<context>
    <name>DocumentComposer</name>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>&amp;Internal copy with the families&apos; identities (CONFIDENTIAL)</source>
        <translation>Salinan &amp;internal dengan identitas keluarga (RAHASIA)</translation>
    </message>
    <message>
        <source>Edit the report&apos;s &amp;texts…</source>
        <translation>Ubah &amp;teks laporan…</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Pratinjau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>C&amp;etak…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Cetak dokumen</translation>
    </message>
    <message>
        <source>Without this, documents show case codes only: no names, NIK, birth dates or addresses finer than the desa. An internal copy is marked CONFIDENTIAL on every page, and who printed it and when is recorded.</source>
        <translation>Tanpa pilihan ini, dokumen hanya memuat kode kasus: tanpa nama, NIK, tanggal lahir, atau alamat yang lebih rinci dari desa. Salinan internal diberi tanda RAHASIA di setiap halaman, dan siapa yang mencetaknya serta kapan dicatat.</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Siklus:</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokumen:</translation>
    </message>
    <message>
        <source>Da&amp;te on the document:</source>
        <translation>&amp;Tanggal dokumen:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Rapat:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>K&amp;asus:</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Lembar kerja:</translation>
    </message>
    <message>
        <source>Blank, every target group</source>
        <translation>Kosong, semua kelompok sasaran</translation>
    </message>
    <message>
        <source>Blank: %1</source>
        <translation>Kosong: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filled: %1 (internal copy)</source>
        <translation>Terisi: %1 (salinan internal)</translation>
    </message>
    <message>
        <source>An internal copy names the families: names, NIK, birth dates and addresses. It is marked CONFIDENTIAL on every page, and your name and the time are recorded in the workspace.

Keep it out of meetings and public places. Make an internal copy?</source>
        <translation>Salinan internal memuat identitas keluarga: nama, NIK, tanggal lahir, dan alamat. Setiap halamannya diberi tanda RAHASIA, dan nama Anda serta waktunya dicatat di ruang kerja.

Jangan bawa salinan ini ke rapat atau tempat umum. Buat salinan internal?</translation>
    </message>
    <message>
        <source>This cycle has no meeting yet: record one in stage 4 (dissemination) first.</source>
        <translation>Siklus ini belum memiliki rapat: catat dahulu rapatnya pada tahap 4 (diseminasi).</translation>
    </message>
    <message>
        <source>This cycle has no child case to draw a growth chart for.</source>
        <translation>Siklus ini tidak memiliki kasus anak untuk dibuatkan grafik pertumbuhan.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Menyiapkan dokumen…</translation>
    </message>
    <message>
        <source>print preview</source>
        <translation>pratinjau cetak</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Pratinjau: %1</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Cetak: %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Simpan %1 sebagai PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved to %1.</source>
        <translation>
            <numerusform>%n halaman disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal copies &amp;made…</source>
        <translation>&amp;Salinan internal yang telah dibuat…</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Dissemination handout</source>
        <translation>Bahan diseminasi</translation>
    </message>
    <message>
        <source>Follow-up plan (RTL) matrix</source>
        <translation>Matriks rencana tindak lanjut (RTL)</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Official record and minutes</source>
        <translation>Berita acara dan notulen</translation>
    </message>
    <message>
        <source>Decree attachment (team)</source>
        <translation>Lampiran SK (susunan tim)</translation>
    </message>
    <message>
        <source>Audit worksheet (KKA)</source>
        <translation>Kertas kerja audit (KKA)</translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation>Grafik pertumbuhan</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Laporan evaluasi</translation>
    </message>
    <message>
        <source>Cycle report (Laporan AKS)</source>
        <translation>Laporan siklus (Laporan AKS)</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The internal copy was not made, because it could not be recorded in the workspace: %1</source>
        <translation>Salinan internal tidak dibuat karena tidak dapat dicatat di ruang kerja: %1</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>RAHASIA</translation>
    </message>
    <message>
        <source>The document could not be started on this printer or file.</source>
        <translation>Dokumen tidak dapat mulai dicetak ke pencetak atau berkas ini.</translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation>Halaman %1 tidak dapat dimulai.</translation>
    </message>
    <message>
        <source>The document could not be finished.</source>
        <translation>Dokumen tidak dapat diselesaikan.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateChoice</name>
    <message>
        <source>Keep the stored data</source>
        <translation>Pertahankan data tersimpan</translation>
    </message>
    <message>
        <source>Take the file&apos;s data</source>
        <translation>Ambil data dari berkas</translation>
    </message>
    <message>
        <source>Merge field by field</source>
        <translation>Gabungkan per isian</translation>
    </message>
    <message>
        <source>Different people: keep both</source>
        <translation>Orang berbeda: simpan keduanya</translation>
    </message>
</context>
<context>
    <name>EvaluationReportDocument</name>
    <message>
        <source>The cycle of the evaluation report does not exist in this workspace.</source>
        <translation>Siklus laporan evaluasi ini tidak ada di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Cycle %1 has neither RTL items nor cases to evaluate yet.</source>
        <translation>Siklus %1 belum memiliki butir RTL maupun kasus yang dapat dievaluasi.</translation>
    </message>
    <message>
        <source>Chair of the Stunting Case Audit Team</source>
        <translation>Ketua Tim Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>Evaluation report %1</source>
        <translation>Laporan evaluasi %1</translation>
    </message>
    <message>
        <source>Evaluation report of the follow-up plan (RTL)</source>
        <translation>Laporan Evaluasi Rencana Tindak Lanjut (RTL)</translation>
    </message>
    <message>
        <source>Audit Kasus Stunting %1</source>
        <translation>Audit Kasus Stunting %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>RTL items</source>
        <translation>Butir RTL</translation>
    </message>
    <message>
        <source>%1, of which %2 evaluated</source>
        <translation>%1 butir, %2 butir di antaranya telah dievaluasi</translation>
    </message>
    <message>
        <source>Audited cases</source>
        <translation>Kasus yang diaudit</translation>
    </message>
    <message>
        <source>%1, of which %2 with a confirmed outcome</source>
        <translation>%1 kasus, %2 kasus di antaranya telah memiliki hasil akhir yang dikonfirmasi</translation>
    </message>
    <message>
        <source>A. RTL items done by agency</source>
        <translation>A. Butir RTL yang Selesai menurut OPD</translation>
    </message>
    <message>
        <source>RTL items done by timing</source>
        <translation>Butir RTL yang selesai menurut waktu</translation>
    </message>
    <message>
        <source>B. RTL items and what was done</source>
        <translation>B. Butir RTL dan Pelaksanaannya</translation>
    </message>
    <message>
        <source>The cycle has no RTL items.</source>
        <translation>Siklus ini tidak memiliki butir RTL.</translation>
    </message>
    <message>
        <source>C. Case outcomes before and after follow-up</source>
        <translation>C. Hasil Akhir Kasus Sebelum dan Sesudah Tindak Lanjut</translation>
    </message>
    <message>
        <source>The cycle has no audited cases.</source>
        <translation>Siklus ini tidak memiliki kasus yang diaudit.</translation>
    </message>
    <message>
        <source>Each case&apos;s measurement before the audit is compared with its last follow-up measurement. For a child the length/height-for-age category decides; for a mother or bride, the Hb, LiLA and BMI thresholds crossed.</source>
        <translation>Hasil pengukuran setiap kasus sebelum audit dibandingkan dengan hasil pengukuran pemantauan terakhirnya. Pada anak, penentunya adalah kategori PB/U atau TB/U; pada ibu atau calon pengantin, penentunya adalah ambang batas Hb, LiLA, dan IMT yang terlampaui.</translation>
    </message>
    <message>
        <source>Cases by outcome</source>
        <translation>Kasus menurut hasil akhir</translation>
    </message>
    <message>
        <source>D. Sipasti stages reached</source>
        <translation>D. Tahapan Sipasti yang Tercapai</translation>
    </message>
    <message>
        <source>This evaluation report is made as the account of the follow-up of %1, to be used as it is needed.</source>
        <translation>Demikian laporan evaluasi ini dibuat sebagai pertanggungjawaban pelaksanaan tindak lanjut %1 untuk dipergunakan sebagaimana mestinya.</translation>
    </message>
</context>
<context>
    <name>EvaluationWizard</name>
    <message>
        <source>Follow-up evaluation — cycle %1 of %2</source>
        <translation>Evaluasi tindak lanjut — Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>Follow-up evaluation</source>
        <translation>Evaluasi tindak lanjut</translation>
    </message>
    <message>
        <source>Discard the changes on this page that are not saved yet?</source>
        <translation>Buang perubahan pada halaman ini yang belum disimpan?</translation>
    </message>
</context>
<context>
    <name>ExpertTeamSection</name>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Speciality</source>
        <translation>Keahlian</translation>
    </message>
    <message>
        <source>Position and agency</source>
        <translation>Jabatan dan Instansi</translation>
    </message>
    <message>
        <source>Rank/grade and NIP</source>
        <translation>Pangkat/Golongan dan NIP</translation>
    </message>
    <message>
        <source>Cases reviewed</source>
        <translation>Kasus yang dikaji</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>subjects, measurements or cases (cases carry case codes, never names).</source>
        <translation>subjects (sasaran), measurements (pengukuran), atau cases (kasus; hanya memuat kode kasus, tidak pernah nama).</translation>
    </message>
    <message>
        <source>The file to write; its extension, .csv or .xlsx, decides the format.</source>
        <translation>Berkas yang akan ditulis; ekstensinya, .csv atau .xlsx, menentukan formatnya.</translation>
    </message>
    <message>
        <source>Only the cases of this cycle, for example 2026-1.</source>
        <translation>Hanya kasus pada siklus ini, misalnya 2026-1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported; choose subjects, measurements or cases.</source>
        <translation>&apos;%1&apos; tidak dapat diekspor; pilih subjects, measurements, atau cases.</translation>
    </message>
    <message>
        <source>give the file to write with -o FILE.csv or -o FILE.xlsx.</source>
        <translation>sebutkan berkas yang akan ditulis dengan -o BERKAS.csv atau -o BERKAS.xlsx.</translation>
    </message>
    <message>
        <source>--cycle applies to cases only; subjects and measurements belong to no cycle.</source>
        <translation>--cycle hanya berlaku untuk cases; subjects dan measurements tidak terikat pada siklus.</translation>
    </message>
    <message>
        <source>Rows written to %1: %2.</source>
        <translation>Baris yang ditulis ke %1: %2.</translation>
    </message>
    <message>
        <source>Export subjects, measurements or cases to a CSV file or an Excel workbook.</source>
        <translation>Mengekspor sasaran, pengukuran, atau kasus ke berkas CSV atau buku kerja Excel.</translation>
    </message>
</context>
<context>
    <name>ExportContent</name>
    <message>
        <source>Subjects</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Pengukuran</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Names, NIK, birth dates and addresses, for correcting data. Keep the file safe.</source>
        <translation>Nama, NIK, tanggal lahir, dan alamat, untuk memperbaiki data. Simpan berkas ini dengan aman.</translation>
    </message>
    <message>
        <source>Every measurement with its z-scores, and the subject&apos;s name and NIK.</source>
        <translation>Setiap pengukuran beserta skor-z-nya, serta nama dan NIK sasaran.</translation>
    </message>
    <message>
        <source>Case codes, groups, places, reasons and outcomes, without names: fit to share.</source>
        <translation>Kode kasus, kelompok, wilayah, alasan, dan hasil akhir, tanpa nama: aman untuk dibagikan.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Ekspor ke lembar kerja</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Yang diekspor</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file for any spreadsheet (.csv)</source>
        <translation>Berkas CSV untuk aplikasi lembar kerja apa pun (.csv)</translation>
    </message>
    <message>
        <source>Cases of:</source>
        <translation>Kasus dari:</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>All cycles</source>
        <translation>Semua siklus</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Ekspor %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Rows written to %1: %2.</source>
        <translation>Baris yang ditulis ke %1: %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1: the file name must end in .csv or .xlsx, which decides the format.</source>
        <translation>%1: nama berkas harus berakhiran .csv atau .xlsx, yang menentukan formatnya.</translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Unknown export.</source>
        <translation>Jenis ekspor tidak dikenal.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KK number</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Ibu</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Ayah</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Birth weight (g)</source>
        <translation>Berat lahir (g)</translation>
    </message>
    <message>
        <source>Birth length (cm)</source>
        <translation>Panjang lahir (cm)</translation>
    </message>
    <message>
        <source>Marriage date</source>
        <translation>Tanggal menikah</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Measurement ID</source>
        <translation>ID pengukuran</translation>
    </message>
    <message>
        <source>Subject ID</source>
        <translation>ID sasaran</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Tanggal pengukuran</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat badan (kg)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Cara ukur</translation>
    </message>
    <message>
        <source>LiLA (cm)</source>
        <translation>LiLA (cm)</translation>
    </message>
    <message>
        <source>Head circumference (cm)</source>
        <translation>Lingkar kepala (cm)</translation>
    </message>
    <message>
        <source>Hb (g/dL)</source>
        <translation>Hb (g/dL)</translation>
    </message>
    <message>
        <source>Oedema</source>
        <translation>Edema</translation>
    </message>
    <message>
        <source>Gestational age (weeks)</source>
        <translation>Usia kehamilan (minggu)</translation>
    </message>
    <message>
        <source>PB/U or TB/U z</source>
        <translation>Skor-z PB/U atau TB/U</translation>
    </message>
    <message>
        <source>BB/U z</source>
        <translation>Skor-z BB/U</translation>
    </message>
    <message>
        <source>BB/PB or BB/TB z</source>
        <translation>Skor-z BB/PB atau BB/TB</translation>
    </message>
    <message>
        <source>IMT/U z</source>
        <translation>Skor-z IMT/U</translation>
    </message>
    <message>
        <source>LK/U z</source>
        <translation>Skor-z LK/U</translation>
    </message>
    <message>
        <source>LiLA/U z</source>
        <translation>Skor-z LiLA/U</translation>
    </message>
    <message>
        <source>WHO flags</source>
        <translation>Tanda WHO</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Siklus</translation>
    </message>
    <message>
        <source>Audit number</source>
        <translation>Nomor urut audit</translation>
    </message>
    <message>
        <source>Selection reasons</source>
        <translation>Alasan pemilihan</translation>
    </message>
    <message>
        <source>Selected on</source>
        <translation>Tanggal dipilih</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>Tanggal audit</translation>
    </message>
    <message>
        <source>Review signed on</source>
        <translation>Tanggal kajian ditandatangani</translation>
    </message>
    <message>
        <source>Proposed outcome</source>
        <translation>Usulan hasil akhir</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil akhir</translation>
    </message>
    <message>
        <source>Outcome confirmed on</source>
        <translation>Tanggal hasil akhir dikonfirmasi</translation>
    </message>
</context>
<context>
    <name>FamilyRiskScreen</name>
    <message>
        <source>No proper drinking-water source</source>
        <translation>Tidak ada sumber air minum layak</translation>
    </message>
    <message>
        <source>No proper latrine (with a septic tank)</source>
        <translation>Tidak ada jamban layak (dengan tangki septik)</translation>
    </message>
    <message>
        <source>Bottled water</source>
        <translation>Air kemasan</translation>
    </message>
    <message>
        <source>Refill water</source>
        <translation>Air isi ulang</translation>
    </message>
    <message>
        <source>Piped water</source>
        <translation>Air perpipaan (ledeng)</translation>
    </message>
    <message>
        <source>Bore well</source>
        <translation>Sumur bor</translation>
    </message>
    <message>
        <source>Protected well</source>
        <translation>Sumur terlindung</translation>
    </message>
    <message>
        <source>Unprotected well</source>
        <translation>Sumur tidak terlindung</translation>
    </message>
    <message>
        <source>River or lake</source>
        <translation>Air sungai atau danau</translation>
    </message>
    <message>
        <source>Unprotected spring</source>
        <translation>Mata air tidak terlindung</translation>
    </message>
    <message>
        <source>Rain water</source>
        <translation>Air hujan</translation>
    </message>
    <message>
        <source>With a septic tank</source>
        <translation>Dengan tangki septik</translation>
    </message>
    <message>
        <source>Without a septic tank</source>
        <translation>Tanpa tangki septik</translation>
    </message>
    <message>
        <source>Shared or public latrine</source>
        <translation>Jamban bersama atau umum</translation>
    </message>
    <message>
        <source>None (open defecation)</source>
        <translation>Tidak ada (BAB sembarangan)</translation>
    </message>
</context>
<context>
    <name>FilledWorksheetDocument</name>
    <message>
        <source>RT %1/RW %2</source>
        <translation>RT %1/RW %2</translation>
    </message>
    <message>
        <source>Dusun %1</source>
        <translation>Dusun %1</translation>
    </message>
    <message>
        <source>Computed by Tuntas</source>
        <translation>Dihitung oleh Tuntas</translation>
    </message>
    <message>
        <source>Case %1 has no expert review yet, so its worksheet has not been filled in. Print a blank worksheet for the home visit instead.</source>
        <translation>Kasus %1 belum memiliki kajian Tim Pakar sehingga KKA-nya belum terisi. Sebagai gantinya, cetak KKA kosong untuk kunjungan rumah.</translation>
    </message>
    <message>
        <source>The filled worksheet of case %1 names the family: it is an internal copy and must be asked for as one.</source>
        <translation>KKA terisi kasus %1 memuat identitas keluarga: dokumen ini adalah salinan internal dan harus diminta sebagai salinan internal.</translation>
    </message>
    <message>
        <source>Audit worksheet (KKA) of case %1</source>
        <translation>Kertas kerja audit (KKA) kasus %1</translation>
    </message>
    <message>
        <source>Target group: %1</source>
        <translation>Kelompok sasaran: %1</translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>Edisi %1</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>%1 (case %2)</source>
        <translation>%1 (kasus %2)</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>Tanggal audit</translation>
    </message>
    <message>
        <source>Identity (internal)</source>
        <translation>Identitas (internal)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Worksheet answers</source>
        <translation>Jawaban kertas kerja audit</translation>
    </message>
    <message>
        <source>The workspace has no worksheet items of edition %1 for this target group.</source>
        <translation>Ruang kerja tidak memiliki butir KKA edisi %1 untuk kelompok sasaran ini.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>No cause was recorded.</source>
        <translation>Tidak ada penyebab yang dicatat.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Technical team (Tim Teknis)</source>
        <translation>Tim Teknis</translation>
    </message>
    <message>
        <source>Experts (Tim Pakar)</source>
        <translation>Tim Pakar</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ya: %1</translation>
    </message>
    <message>
        <source>Direct causes</source>
        <translation>Penyebab langsung</translation>
    </message>
    <message>
        <source>Indirect causes</source>
        <translation>Penyebab tidak langsung</translation>
    </message>
    <message>
        <source>View of the technical team</source>
        <translation>Pandangan Tim Teknis</translation>
    </message>
    <message>
        <source>Conclusion of the experts</source>
        <translation>Kesimpulan Tim Pakar</translation>
    </message>
    <message>
        <source>Suspected disease</source>
        <translation>Dugaan penyakit penyerta</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>No recommendation was recorded.</source>
        <translation>Tidak ada rekomendasi yang dicatat.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Expert (Tim Pakar)</source>
        <translation>Tim Pakar</translation>
    </message>
    <message>
        <source>Signed by the experts</source>
        <translation>Ditandatangani oleh Tim Pakar</translation>
    </message>
    <message>
        <source>No expert is recorded as a reviewer of this case.</source>
        <translation>Tidak ada anggota Tim Pakar yang tercatat sebagai pengkaji kasus ini.</translation>
    </message>
    <message>
        <source>The review has not been signed yet: the date is the audit date.</source>
        <translation>Kajian belum ditandatangani: tanggal yang tercantum adalah tanggal audit.</translation>
    </message>
</context>
<context>
    <name>FinishAndPrint</name>
    <message>
        <source>Finish and p&amp;rint…</source>
        <translation>Selesai dan ce&amp;tak…</translation>
    </message>
</context>
<context>
    <name>GrowthChartDocument</name>
    <message>
        <source>A growth chart is printed for one child case: give its case code.</source>
        <translation>Grafik pertumbuhan dicetak untuk satu kasus anak: sebutkan kode kasusnya.</translation>
    </message>
    <message>
        <source>Case %1 is not a child but a %2: growth charts are drawn for BADUTA and BALITA cases only.</source>
        <translation>Kasus %1 bukan anak, melainkan %2: grafik pertumbuhan hanya dibuat untuk kasus BADUTA dan BALITA.</translation>
    </message>
    <message>
        <source>The child of case %1 has no sex or birth date recorded, so the WHO curves cannot be chosen. Complete the child&apos;s data first.</source>
        <translation>Jenis kelamin atau tanggal lahir anak pada kasus %1 belum dicatat sehingga kurva WHO tidak dapat dipilih. Lengkapi dahulu data anak tersebut.</translation>
    </message>
    <message>
        <source>Case %1 has no measurement of weight or length yet, so there is nothing to draw on a growth chart.</source>
        <translation>Kasus %1 belum memiliki hasil pengukuran berat badan atau panjang/tinggi badan sehingga tidak ada yang dapat digambarkan pada grafik pertumbuhan.</translation>
    </message>
    <message>
        <source>Growth chart of case %1</source>
        <translation>Grafik pertumbuhan kasus %1</translation>
    </message>
    <message>
        <source>Child growth chart</source>
        <translation>Grafik Pertumbuhan Anak</translation>
    </message>
    <message>
        <source>WHO Child Growth Standards 2006 (Permenkes 2/2020), boys</source>
        <translation>Standar Pertumbuhan Anak WHO 2006 (Permenkes 2/2020), laki-laki</translation>
    </message>
    <message>
        <source>WHO Child Growth Standards 2006 (Permenkes 2/2020), girls</source>
        <translation>Standar Pertumbuhan Anak WHO 2006 (Permenkes 2/2020), perempuan</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Kelompok sasaran</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Kelompok umur</translation>
    </message>
    <message>
        <source>%1 (at the latest measurement)</source>
        <translation>%1 (pada pengukuran terakhir)</translation>
    </message>
    <message>
        <source>Name (internal)</source>
        <translation>Nama (internal)</translation>
    </message>
    <message>
        <source>Birth date (internal)</source>
        <translation>Tanggal lahir (internal)</translation>
    </message>
    <message>
        <source>1. Length/height-for-age (PB/U, TB/U)</source>
        <translation>1. Panjang/tinggi badan menurut umur (PB/U, TB/U)</translation>
    </message>
    <message>
        <source>2. Weight-for-age (BB/U)</source>
        <translation>2. Berat badan menurut umur (BB/U)</translation>
    </message>
    <message>
        <source>3. Weight-for-length (BB/PB)</source>
        <translation>3. Berat badan menurut panjang badan (BB/PB)</translation>
    </message>
    <message>
        <source>3. Weight-for-height (BB/TB)</source>
        <translation>3. Berat badan menurut tinggi badan (BB/TB)</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Hasil pengukuran</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>BB (kg)</source>
        <translation>BB (kg)</translation>
    </message>
    <message>
        <source>PB/TB (cm)</source>
        <translation>PB/TB (cm)</translation>
    </message>
    <message>
        <source>PB/U, TB/U</source>
        <translation>PB/U, TB/U</translation>
    </message>
    <message>
        <source>BB/U</source>
        <translation>BB/U</translation>
    </message>
    <message>
        <source>BB/PB</source>
        <translation>BB/PB</translation>
    </message>
    <message>
        <source>BB/TB</source>
        <translation>BB/TB</translation>
    </message>
    <message>
        <source>Monitoring %1</source>
        <translation>Pemantauan bulan ke-%1</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>Z-scores as stored with each measurement (%1), categories of Permenkes 2/2020. PB: length measured lying, TB: height measured standing. As WHO does, the charts move a length measured standing, or a height measured lying, by 0.7 cm to the position the curve uses.</source>
        <translation>Skor-z sesuai yang tersimpan pada setiap pengukuran (%1), dengan kategori menurut Permenkes 2/2020. PB: panjang badan, diukur terlentang; TB: tinggi badan, diukur berdiri. Sesuai metode WHO, grafik menyesuaikan panjang badan yang diukur berdiri, atau tinggi badan yang diukur terlentang, sebesar 0,7 cm ke posisi pengukuran yang dipakai kurva.</translation>
    </message>
</context>
<context>
    <name>GrowthChartDrawing</name>
    <message>
        <source>%1 (below %2 SD)</source>
        <translation>%1 (di bawah %2 SD)</translation>
    </message>
    <message>
        <source>%1 (above %2 SD)</source>
        <translation>%1 (di atas %2 SD)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3 SD)</source>
        <translation>%1 (%2 s.d. %3 SD)</translation>
    </message>
    <message>
        <source>The child&apos;s measurements</source>
        <translation>Hasil pengukuran anak</translation>
    </message>
</context>
<context>
    <name>GrowthCurve</name>
    <message>
        <source>Age (months)</source>
        <translation>Umur (bulan)</translation>
    </message>
    <message>
        <source>Length (cm)</source>
        <translation>Panjang badan (cm)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat badan (kg)</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>The dissemination handout cannot be made: %1</source>
        <translation>Bahan diseminasi tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>%1 has no cases yet: select them in stage 2 (case selection) first.</source>
        <translation>%1 belum memiliki kasus: pilih dahulu kasusnya pada tahap 2 (seleksi kasus).</translation>
    </message>
    <message>
        <source>Dissemination handout, %1</source>
        <translation>Bahan diseminasi, %1</translation>
    </message>
    <message>
        <source>Dissemination meeting, %1</source>
        <translation>Rapat diseminasi pada %1</translation>
    </message>
    <message>
        <source>Dissemination material of the stunting case audit</source>
        <translation>Bahan Diseminasi Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>INTERNAL COPY. It names the families and is kept by the audit team; it is not to be handed out.</source>
        <translation>SALINAN INTERNAL. Dokumen ini memuat identitas keluarga dan disimpan oleh tim audit; tidak untuk dibagikan.</translation>
    </message>
    <message>
        <source>For limited circulation. Cases are named by their codes only, as the audit&apos;s first principle, confidentiality, requires; please do not try to identify the families.</source>
        <translation>Untuk kalangan terbatas. Sesuai dengan prinsip pertama audit, yaitu kerahasiaan, kasus hanya disebut dengan kodenya; mohon tidak berupaya mengenali keluarga kasus.</translation>
    </message>
    <message>
        <source>1. The cases audited</source>
        <translation>1. Kasus yang diaudit</translation>
    </message>
    <message numerus="yes">
        <source>%1 audited %n case(s)</source>
        <translation>
            <numerusform>Pada %1 diaudit %n kasus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n kecamatan, by target group:</source>
        <translation>
            <numerusform>di %n kecamatan, dengan sebaran menurut kelompok sasaran sebagai berikut:</numerusform>
        </translation>
    </message>
    <message>
        <source>2. Main causes found</source>
        <translation>2. Penyebab utama yang ditemukan</translation>
    </message>
    <message>
        <source>3. The cases</source>
        <translation>3. Uraian kasus</translation>
    </message>
    <message>
        <source>4. Follow-up plan (RTL)</source>
        <translation>4. Rencana Tindak Lanjut (RTL)</translation>
    </message>
    <message>
        <source>No RTL item has been drafted for this cycle yet.</source>
        <translation>Belum ada butir RTL yang disusun untuk siklus ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), by the agency (OPD) responsible.</source>
        <translation>
            <numerusform>Terdapat %n butir RTL, disajikan menurut OPD penanggung jawab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not yet approved by the TPPS chair.</source>
        <translation>
            <numerusform>Sebanyak %n butir di antaranya belum disetujui Ketua TPPS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared by %1, %2.</source>
        <translation>Disusun oleh %1, %2.</translation>
    </message>
    <message>
        <source>The experts have not concluded the causes of any case yet.</source>
        <translation>Tim Pakar belum menyimpulkan penyebab pada kasus mana pun.</translation>
    </message>
    <message numerus="yes">
        <source>The causes the experts (Tim Pakar) concluded, counted once per case, in %n reviewed case(s); a case often has several.</source>
        <translation>
            <numerusform>Penyebab yang disimpulkan Tim Pakar pada %n kasus yang telah dikaji, dihitung satu kali per kasus; satu kasus sering memiliki beberapa penyebab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dark bars: direct causes (intake, infection, disease). Light bars: indirect causes.</source>
        <translation>Batang gelap: penyebab langsung (asupan, infeksi, penyakit). Batang terang: penyebab tidak langsung.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>langsung</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>tidak langsung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>%1, Kecamatan %2</source>
        <translation>%1, Kecamatan %2</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Hasil pengukuran</translation>
    </message>
    <message>
        <source>Status and risks</source>
        <translation>Status dan risiko</translation>
    </message>
    <message>
        <source>Causes (Tim Pakar)</source>
        <translation>Penyebab menurut Tim Pakar</translation>
    </message>
    <message>
        <source>Causes (Tim Teknis)</source>
        <translation>Penyebab menurut Tim Teknis</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Kajian</translation>
    </message>
    <message>
        <source>not yet signed by the experts</source>
        <translation>belum ditandatangani Tim Pakar</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Target group: CATIN, BUMIL, BUFAS, BADUTA or BALITA.</source>
        <translation>Kelompok sasaran: CATIN, BUMIL, BUFAS, BADUTA, atau BALITA.</translation>
    </message>
    <message>
        <source>Where the file comes from: eppgbm, elsimil, pk, kia or manual (default eppgbm).</source>
        <translation>Asal berkas: eppgbm, elsimil, pk, kia, atau manual (bawaan eppgbm).</translation>
    </message>
    <message>
        <source>Check the file and report, without storing anything.</source>
        <translation>Periksa berkas dan laporkan, tanpa menyimpan apa pun.</translation>
    </message>
    <message>
        <source>Store the good rows and leave out the rows with problems.</source>
        <translation>Simpan baris yang baik dan lewati baris yang bermasalah.</translation>
    </message>
    <message>
        <source>give the target group with --group (CATIN, BUMIL, BUFAS, BADUTA or BALITA).</source>
        <translation>sebutkan kelompok sasaran dengan --group (CATIN, BUMIL, BUFAS, BADUTA, atau BALITA).</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;.</source>
        <translation>sumber &apos;%1&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: baris %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2: note: %3</source>
        <translation>%1: baris %2: catatan: %3</translation>
    </message>
    <message numerus="yes">
        <source>nothing was stored because %n row(s) have problems; fix them, or use --skip-bad to leave them out.</source>
        <translation>
            <numerusform>tidak ada yang disimpan karena %n baris bermasalah; perbaiki, atau gunakan --skip-bad untuk melewatinya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Uji coba: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Stored %1 new subjects and %2 measurements; %3 rows left out.</source>
        <translation>Tersimpan %1 sasaran baru dan %2 pengukuran; %3 baris dilewati.</translation>
    </message>
    <message>
        <source>Import subjects and measurements from a CSV export (e-PPGBM, Elsimil, PK).</source>
        <translation>Mengimpor sasaran dan pengukuran dari ekspor CSV (e-PPGBM, Elsimil, PK).</translation>
    </message>
    <message>
        <source>The CSV or Excel (.xlsx) file to import.</source>
        <translation>Berkas CSV atau Excel (.xlsx) yang akan diimpor.</translation>
    </message>
    <message>
        <source>The column mapping remembered under this name (the import dialog remembers one per source). Without it, the source&apos;s remembered mapping is used, or one is proposed from the header.</source>
        <translation>Pemetaan kolom yang diingat dengan nama ini (dialog impor mengingat satu pemetaan per sumber). Tanpa opsi ini, dipakai pemetaan yang diingat untuk sumber berkas, atau pemetaan diusulkan dari baris judul.</translation>
    </message>
    <message>
        <source>Write the rows with problems to this CSV file, to correct them.</source>
        <translation>Tulis baris yang bermasalah ke berkas CSV ini untuk diperbaiki.</translation>
    </message>
    <message>
        <source>no column mapping named &apos;%1&apos; is remembered in this workspace.</source>
        <translation>tidak ada pemetaan kolom bernama &apos;%1&apos; yang diingat di ruang kerja ini.</translation>
    </message>
    <message>
        <source>no column mapping named &apos;%1&apos; is remembered; known: %2.</source>
        <translation>tidak ada pemetaan kolom bernama &apos;%1&apos; yang diingat; yang ada: %2.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 with problems, %3 of people already known.</source>
        <translation>%1 baris dibaca, %2 bermasalah, %3 berisi orang yang sudah ada.</translation>
    </message>
    <message>
        <source>The rows with problems were written to %1.</source>
        <translation>Baris yang bermasalah telah ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>ImportConfirmPage</name>
    <message>
        <source>Ready to import</source>
        <translation>Siap diimpor</translation>
    </message>
    <message>
        <source>Finish stores all of this at once. If anything goes wrong, or you cancel, nothing is stored.</source>
        <translation>Selesai menyimpan semua ini sekaligus. Jika terjadi kesalahan, atau Anda membatalkan, tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;, as %2 from %3:</source>
        <translation>Dari &lt;b&gt;%1&lt;/b&gt;, sebagai %2 dengan sumber %3:</translation>
    </message>
    <message>
        <source>• %1 new subjects</source>
        <translation>• %1 sasaran baru</translation>
    </message>
    <message>
        <source>• %1 measurements, with their z-scores</source>
        <translation>• %1 pengukuran, beserta skor-z-nya</translation>
    </message>
    <message>
        <source>• %1 subjects already stored get values from the file</source>
        <translation>• %1 sasaran yang sudah tersimpan mendapat nilai dari berkas</translation>
    </message>
    <message>
        <source>• %1 lines add only a measurement to a subject already stored</source>
        <translation>• %1 baris hanya menambahkan pengukuran pada sasaran yang sudah tersimpan</translation>
    </message>
    <message>
        <source>• %1 lines with problems are left out</source>
        <translation>• %1 baris bermasalah dilewati</translation>
    </message>
    <message>
        <source>Remember these columns for the next file from %1</source>
        <translation>Ingat kolom-kolom ini untuk berkas berikutnya dari %1</translation>
    </message>
</context>
<context>
    <name>ImportDuplicatesPage</name>
    <message>
        <source>Apply this choice to &amp;all lines</source>
        <translation>&amp;Terapkan pilihan ini ke semua baris</translation>
    </message>
    <message>
        <source>People already known</source>
        <translation>Orang yang sudah ada</translation>
    </message>
    <message>
        <source>These lines are people already stored (same NIK, or same name, birth date and desa) or met earlier in the file. Their measurements join that person unless you keep both. Differences are shown in bold.</source>
        <translation>Baris-baris ini adalah orang yang sudah tersimpan (NIK sama, atau nama, tanggal lahir, dan desa sama) atau yang sudah muncul sebelumnya di berkas ini. Pengukurannya digabungkan ke orang tersebut, kecuali Anda memilih menyimpan keduanya. Perbedaan ditampilkan dengan huruf tebal.</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Yang dipertahankan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>In this file</source>
        <translation>Di berkas ini</translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation>Ambil dari berkas</translation>
    </message>
    <message>
        <source>Line %1: %2 (stored)</source>
        <translation>Baris %1: %2 (tersimpan)</translation>
    </message>
    <message>
        <source>Line %1: %2 (as line %3)</source>
        <translation>Baris %1: %2 (sama dengan baris %3)</translation>
    </message>
    <message>
        <source>%1, verified</source>
        <translation>%1, terverifikasi</translation>
    </message>
    <message>
        <source>this file, line %1</source>
        <translation>berkas ini, baris %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1&lt;/b&gt; is %2, already stored in the workspace.</source>
        <translation>&lt;b&gt;Baris %1&lt;/b&gt; adalah %2, yang sudah tersimpan di ruang kerja.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1&lt;/b&gt; is %2, the same person as line %3 of this file.</source>
        <translation>&lt;b&gt;Baris %1&lt;/b&gt; adalah %2, orang yang sama dengan baris %3 berkas ini.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Measurement date</source>
        <translation>Tanggal pengukuran</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat badan (kg)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi badan (cm)</translation>
    </message>
    <message>
        <source>How measured</source>
        <translation>Cara ukur</translation>
    </message>
    <message>
        <source>LiLA (cm)</source>
        <translation>LiLA (cm)</translation>
    </message>
    <message>
        <source>Head circumference (cm)</source>
        <translation>Lingkar kepala (cm)</translation>
    </message>
    <message>
        <source>Hb (g/dL)</source>
        <translation>Hb (g/dL)</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>Nama ibu</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>Nama ayah</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Family card number (KK)</source>
        <translation>Nomor KK</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>Berkas yang diimpor</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) export of e-PPGBM, Elsimil, the family census or a KIA register, one person per line under a header line. Nothing is stored until you confirm on the last page.</source>
        <translation>Ekspor CSV atau Excel (.xlsx) dari e-PPGBM, Elsimil, Pendataan Keluarga, atau register KIA, satu orang per baris di bawah baris judul. Tidak ada yang disimpan sampai Anda mengonfirmasi di halaman terakhir.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;rkas:</translation>
    </message>
    <message>
        <source>Target &amp;group of its rows:</source>
        <translation>Ke&amp;lompok sasaran setiap baris:</translation>
    </message>
    <message>
        <source>&amp;Comes from:</source>
        <translation>&amp;Asal berkas:</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.csv *.xlsx *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>The file has a header line but no data lines.</source>
        <translation>Berkas memiliki baris judul, tetapi tidak ada baris data.</translation>
    </message>
</context>
<context>
    <name>ImportLookup</name>
    <message>
        <source>desa &quot;%1&quot; in kecamatan &quot;%2&quot; is not one of this district&apos;s</source>
        <translation>desa &quot;%1&quot; di kecamatan &quot;%2&quot; tidak termasuk wilayah kabupaten/kota ini</translation>
    </message>
    <message>
        <source>desa &quot;%1&quot; is not one of this district&apos;s</source>
        <translation>desa &quot;%1&quot; tidak termasuk wilayah kabupaten/kota ini</translation>
    </message>
    <message>
        <source>there is a desa &quot;%1&quot; in several kecamatan: give the kecamatan</source>
        <translation>ada desa &quot;%1&quot; di beberapa kecamatan: sebutkan kecamatannya</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Check which column of the file holds each field. Fields marked * are needed. The choice is remembered for the next file from the same source.</source>
        <translation>Periksa kolom berkas yang berisi setiap isian. Isian bertanda * wajib ada. Pilihan ini diingat untuk berkas berikutnya dari sumber yang sama.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>Baris pertama</translation>
    </message>
    <message>
        <source>Proposed from the file&apos;s header line.</source>
        <translation>Diusulkan dari baris judul berkas.</translation>
    </message>
    <message>
        <source>As remembered from the last import from %1.</source>
        <translation>Sesuai yang diingat dari impor terakhir dari %1.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>already in the workspace: the measurement is added to that subject</source>
        <translation>sudah ada di ruang kerja: pengukurannya ditambahkan ke sasaran itu</translation>
    </message>
    <message>
        <source>the same person as line %1: the measurement is added to that subject</source>
        <translation>orang yang sama dengan baris %1: pengukurannya ditambahkan ke sasaran itu</translation>
    </message>
    <message>
        <source>The file has no column for: %1. Check the header line, or choose the columns.</source>
        <translation>Berkas tidak memiliki kolom untuk: %1. Periksa baris judul, atau pilih kolomnya.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Pembacaan berkas dibatalkan.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Masalah dan catatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Tanggal pengukuran</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat badan (kg)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Length/height-for-age z</source>
        <translation>Skor-z PB/U atau TB/U</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Bermasalah</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Sudah tersimpan</translation>
    </message>
    <message>
        <source>Same as line %1</source>
        <translation>Sama dengan baris %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>&amp;Save rows with problems…</source>
        <translation>Si&amp;mpan baris bermasalah…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Each line of the file as it will be stored. Lines with a problem are shown in red; hover over a line to read all its notes.</source>
        <translation>Setiap baris berkas sebagaimana akan disimpan. Baris bermasalah ditampilkan merah; arahkan penunjuk ke sebuah baris untuk membaca semua catatannya.</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Semua baris</translation>
    </message>
    <message>
        <source>Lines with problems</source>
        <translation>Baris bermasalah</translation>
    </message>
    <message>
        <source>People already known</source>
        <translation>Orang yang sudah ada</translation>
    </message>
    <message>
        <source>Lines with notes</source>
        <translation>Baris dengan catatan</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>%1 lines read: %2 ready to store, %3 with problems, %4 of people already known.</source>
        <translation>%1 baris dibaca: %2 siap disimpan, %3 bermasalah, %4 berisi orang yang sudah ada.</translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n line(s) with problems and store the others</source>
        <translation>
            <numerusform>Lewati %n baris bermasalah dan simpan yang lain</numerusform>
        </translation>
    </message>
    <message>
        <source>Save rows with problems</source>
        <translation>Simpan baris bermasalah</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with their problems were saved to %1. Correct them there and import that file again.</source>
        <translation>
            <numerusform>%n baris beserta masalahnya telah disimpan ke %1. Perbaiki di sana, lalu impor lagi berkas itu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowChecker</name>
    <message>
        <source>the name is missing</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <source>sex &quot;%1&quot; is not L or P</source>
        <translation>jenis kelamin &quot;%1&quot; bukan L atau P</translation>
    </message>
    <message>
        <source>the child&apos;s sex is missing</source>
        <translation>jenis kelamin anak kosong</translation>
    </message>
    <message>
        <source>birth date &quot;%1&quot; cannot be read</source>
        <translation>tanggal lahir &quot;%1&quot; tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the birth date is missing</source>
        <translation>tanggal lahir kosong</translation>
    </message>
    <message>
        <source>the desa is missing</source>
        <translation>desa kosong</translation>
    </message>
    <message>
        <source>posyandu &quot;%1&quot; is not known in that desa and was left out</source>
        <translation>posyandu &quot;%1&quot; tidak dikenal di desa itu dan dilewati</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not possible</source>
        <translation>%1 &quot;%2&quot; tidak mungkin</translation>
    </message>
    <message>
        <source>the measurement date is missing</source>
        <translation>tanggal pengukuran kosong</translation>
    </message>
    <message>
        <source>measurement date &quot;%1&quot; cannot be read</source>
        <translation>tanggal pengukuran &quot;%1&quot; tidak dapat dibaca</translation>
    </message>
    <message>
        <source>measured before birth</source>
        <translation>diukur sebelum lahir</translation>
    </message>
    <message>
        <source>WHO flags an implausible value (%1): check the measurement</source>
        <translation>WHO menandai nilai yang tidak wajar (%1): periksa pengukuran</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Impor dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was stored.</source>
        <translation>Baris %1: %2. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the subject it joins is no longer in the workspace.</source>
        <translation>Baris %1: sasaran yang hendak digabungkan sudah tidak ada di ruang kerja.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import subjects and measurements</source>
        <translation>Impor sasaran dan pengukuran</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Memeriksa setiap baris…</translation>
    </message>
    <message>
        <source>Storing the rows…</source>
        <translation>Menyimpan baris…</translation>
    </message>
    <message>
        <source>Nothing was imported; the workspace is as it was.

%1</source>
        <translation>Tidak ada yang diimpor; ruang kerja tetap seperti semula.

%1</translation>
    </message>
    <message>
        <source>Stop this import? Nothing has been stored yet.</source>
        <translation>Hentikan impor ini? Belum ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Print JSON with stable English keys.</source>
        <translation>Mencetak JSON dengan kunci berbahasa Inggris yang tetap.</translation>
    </message>
    <message>
        <source>Cycles: %1</source>
        <translation>Siklus: %1</translation>
    </message>
    <message>
        <source>Subjects:</source>
        <translation>Sasaran:</translation>
    </message>
    <message>
        <source>Audit cases: %1</source>
        <translation>Kasus audit: %1</translation>
    </message>
    <message>
        <source>RTL items:</source>
        <translation>Butir RTL:</translation>
    </message>
    <message>
        <source>Cycle %1 of %2 (%3): %4 cases, %5 overdue RTL items</source>
        <translation>Siklus %1 Tahun %2 (%3): %4 kasus, %5 butir RTL lewat tenggat</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <source>Show counts and each cycle&apos;s stages (--json for scripts).</source>
        <translation>Menampilkan jumlah data dan tahap setiap siklus (--json untuk skrip).</translation>
    </message>
    <message>
        <source>Count RTL items overdue as of DATE (yyyy-mm-dd) instead of today.</source>
        <translation>Menghitung butir RTL yang lewat tenggat per TANGGAL (yyyy-mm-dd), bukan hari ini.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as yyyy-mm-dd, e.g. 2024-09-16.</source>
        <translation>&apos;%1&apos; bukan tanggal; tulis sebagai yyyy-mm-dd, mis. 2024-09-16.</translation>
    </message>
</context>
<context>
    <name>InternalCopiesDialog</name>
    <message>
        <source>Internal copies made</source>
        <translation>Salinan internal yang telah dibuat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Siklus</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>Every internal copy with the families&apos; identities printed, previewed or saved as PDF, newest first.</source>
        <translation>Setiap salinan internal dengan identitas keluarga yang dicetak, dipratinjau, atau disimpan sebagai PDF, diurutkan dari yang terbaru.</translation>
    </message>
</context>
<context>
    <name>InterventionType</name>
    <message>
        <source>Specific (spesifik)</source>
        <translation>Spesifik</translation>
    </message>
    <message>
        <source>Sensitive (sensitif)</source>
        <translation>Sensitif</translation>
    </message>
</context>
<context>
    <name>ItemEvaluationPage</name>
    <message>
        <source>RTL item evaluation</source>
        <translation>Evaluasi butir RTL</translation>
    </message>
    <message>
        <source>For each item of the follow-up plan: what was done, when, the evidence, what stood in the way and what comes next. Choosing a final status sets the item&apos;s status; it needs the evaluation date.</source>
        <translation>Untuk setiap butir rencana tindak lanjut: apa yang sudah dilakukan, kapan, buktinya, kendalanya, dan langkah selanjutnya. Memilih status akhir akan menetapkan status butir tersebut; status akhir memerlukan tanggal evaluasi.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. photos of the activity and the list of recipients</source>
        <translation>mis. foto kegiatan dan daftar penerima</translation>
    </message>
    <message>
        <source>— not evaluated yet —</source>
        <translation>— belum dievaluasi —</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Yang sudah dilakukan:</translation>
    </message>
    <message>
        <source>Evaluation date:</source>
        <translation>Tanggal evaluasi:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bukti:</translation>
    </message>
    <message>
        <source>Obstacle:</source>
        <translation>Kendala:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Langkah selanjutnya:</translation>
    </message>
    <message>
        <source>Final status:</source>
        <translation>Status akhir:</translation>
    </message>
    <message>
        <source>general</source>
        <translation>umum</translation>
    </message>
    <message>
        <source>This cycle has no RTL items yet.</source>
        <translation>Siklus ini belum memiliki butir RTL.</translation>
    </message>
    <message>
        <source>%1: an evaluated item keeps a final status.</source>
        <translation>%1: butir yang sudah dievaluasi harus tetap memiliki status akhir.</translation>
    </message>
    <message>
        <source>%1: choose the final status, or clear what you typed.</source>
        <translation>%1: pilih status akhir, atau hapus isian yang sudah Anda ketik.</translation>
    </message>
    <message>
        <source>The evaluations could not be saved; nothing was changed.</source>
        <translation>Hasil evaluasi tidak dapat disimpan; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>ItemEvaluationRecorder</name>
    <message>
        <source>general</source>
        <translation>umum</translation>
    </message>
    <message>
        <source>%1: the final status is done, partly done or not done.</source>
        <translation>%1: status akhir harus selesai, selesai sebagian, atau belum selesai.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Filter…</source>
        <translation>Saring…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Ruang kerja &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Buka ruang kerja…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration workspace</source>
        <translation>Buka ruang kerja &amp;demonstrasi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>T&amp;utup ruang kerja</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Cycle</source>
        <translation>&amp;Siklus</translation>
    </message>
    <message>
        <source>&amp;New cycle…</source>
        <translation>Siklus &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;About Tuntas</source>
        <translation>&amp;Tentang Tuntas</translation>
    </message>
    <message>
        <source>Tuntas</source>
        <translation>Tuntas</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Tidak ada ruang kerja yang terbuka</translation>
    </message>
    <message>
        <source>district not set</source>
        <translation>kabupaten belum diatur</translation>
    </message>
    <message>
        <source>%1 · %2 subjects · %3 cases</source>
        <translation>%1 · %2 sasaran · %3 kasus</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Buka terakhir</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the list.</source>
        <translation>%1 sudah tidak ada; berkas itu dihapus dari daftar.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Ruang kerja baru</translation>
    </message>
    <message>
        <source>Demonstration workspace</source>
        <translation>Ruang kerja demonstrasi</translation>
    </message>
    <message>
        <source>Tuntas workspaces (*.tuntas)</source>
        <translation>Ruang kerja Tuntas (*.tuntas)</translation>
    </message>
    <message>
        <source>Tuntas workspaces (*.tuntas);;All files (*)</source>
        <translation>Ruang kerja Tuntas (*.tuntas);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>About Tuntas</source>
        <translation>Tentang Tuntas</translation>
    </message>
    <message>
        <source>Tuntas %1

Runs a district&apos;s stunting case audit (Audit Kasus Stunting) offline, from the team&apos;s decree to the evaluation of the follow-up plan.

Z-scores follow the WHO Child Growth Standards 2006 and the WHO Reference 2007.</source>
        <translation>Tuntas %1

Menjalankan Audit Kasus Stunting kabupaten/kota secara luring, dari SK tim hingga evaluasi rencana tindak lanjut.

Skor-z mengikuti Standar Pertumbuhan Anak WHO 2006 dan Referensi WHO 2007.</translation>
    </message>
    <message>
        <source>S&amp;ubjects</source>
        <translation>&amp;Sasaran</translation>
    </message>
    <message>
        <source>&amp;Register a subject…</source>
        <translation>&amp;Daftarkan sasaran…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Impor dari berkas…</translation>
    </message>
    <message>
        <source>Imported: %1 new subjects, %2 measurements, %3 subjects updated, %4 lines left out.</source>
        <translation>Diimpor: %1 sasaran baru, %2 pengukuran, %3 sasaran diperbarui, %4 baris dilewati.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;Follow-up plan (RTL)…</source>
        <translation>&amp;Rencana tindak lanjut (RTL)…</translation>
    </message>
    <message>
        <source>Follow-up plan (RTL)</source>
        <translation>Rencana tindak lanjut (RTL)</translation>
    </message>
    <message>
        <source>The workspace has no audit cycle yet, so no follow-up plan either.</source>
        <translation>Ruang kerja belum memiliki siklus audit, sehingga belum ada pula rencana tindak lanjut.</translation>
    </message>
    <message>
        <source>&amp;Print a document…</source>
        <translation>&amp;Cetak dokumen…</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Cetak dokumen</translation>
    </message>
    <message>
        <source>The workspace has no audit cycle yet; start one to print its documents.</source>
        <translation>Ruang kerja ini belum memiliki siklus audit; mulai satu siklus untuk mencetak dokumennya.</translation>
    </message>
</context>
<context>
    <name>MaternalRiskScreen</name>
    <message>
        <source>severely underweight</source>
        <translation>kurus berat</translation>
    </message>
    <message>
        <source>mildly underweight</source>
        <translation>kurus ringan</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>mildly overweight</source>
        <translation>gemuk ringan</translation>
    </message>
    <message>
        <source>severely overweight</source>
        <translation>gemuk berat</translation>
    </message>
    <message>
        <source>Chronic energy deficiency (KEK): LiLA below %1 cm</source>
        <translation>Kurang energi kronis (KEK): LiLA di bawah %1 cm</translation>
    </message>
    <message>
        <source>LiLA %1 cm</source>
        <translation>LiLA %1 cm</translation>
    </message>
    <message>
        <source>Anaemia in pregnancy: Hb below %1 g/dL</source>
        <translation>Anemia pada kehamilan: Hb di bawah %1 g/dL</translation>
    </message>
    <message>
        <source>Anaemia: Hb below %1 g/dL</source>
        <translation>Anemia: Hb di bawah %1 g/dL</translation>
    </message>
    <message>
        <source>Hb %1 g/dL</source>
        <translation>Hb %1 g/dL</translation>
    </message>
    <message>
        <source>Underweight: BMI below %1</source>
        <translation>Berat badan kurang: IMT di bawah %1</translation>
    </message>
    <message>
        <source>BMI %1 (%2)</source>
        <translation>IMT %1 (%2)</translation>
    </message>
    <message>
        <source>Short stature: height below %1 cm</source>
        <translation>Bertubuh pendek: tinggi badan di bawah %1 cm</translation>
    </message>
    <message>
        <source>Height %1 cm</source>
        <translation>Tinggi badan %1 cm</translation>
    </message>
    <message>
        <source>Too young (4 Terlalu): under %1 years</source>
        <translation>Terlalu muda (4 Terlalu): di bawah %1 tahun</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>Umur %1 tahun</translation>
    </message>
    <message>
        <source>Too old (4 Terlalu): over %1 years</source>
        <translation>Terlalu tua (4 Terlalu): di atas %1 tahun</translation>
    </message>
    <message>
        <source>Births too close (4 Terlalu): spacing under %1 months</source>
        <translation>Terlalu dekat (4 Terlalu): jarak kelahiran kurang dari %1 bulan</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>Too many children (4 Terlalu): more than %1</source>
        <translation>Terlalu banyak (4 Terlalu): lebih dari %1 anak</translation>
    </message>
    <message>
        <source>%1 children</source>
        <translation>%1 anak</translation>
    </message>
    <message>
        <source>Exposed to cigarette smoke</source>
        <translation>Terpapar asap rokok</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Fewer than %1 antenatal visits</source>
        <translation>Pemeriksaan kehamilan kurang dari %1 kali</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 kali</translation>
    </message>
    <message>
        <source>Fewer than %1 iron-folic tablets</source>
        <translation>Tablet tambah darah kurang dari %1 butir</translation>
    </message>
    <message>
        <source>%1 tablets</source>
        <translation>%1 butir</translation>
    </message>
</context>
<context>
    <name>MeasurePosition</name>
    <message>
        <source>Lying (length)</source>
        <translation>Terlentang (panjang badan)</translation>
    </message>
    <message>
        <source>Standing (height)</source>
        <translation>Berdiri (tinggi badan)</translation>
    </message>
</context>
<context>
    <name>MeetingAttendancePage</name>
    <message>
        <source>&amp;Add walk-in</source>
        <translation>&amp;Tambah peserta tanpa undangan</translation>
    </message>
    <message>
        <source>&amp;Remove walk-in</source>
        <translation>&amp;Hapus peserta tanpa undangan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>After the meeting: tick who of the invited came, and add those who came without an invitation.</source>
        <translation>Setelah rapat: centang para undangan yang hadir, lalu tambahkan orang yang hadir tanpa undangan.</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(tanpa OPD)</translation>
    </message>
    <message>
        <source>Came without an invitation</source>
        <translation>Hadir tanpa undangan</translation>
    </message>
    <message>
        <source>This meeting is dated %1; attendance can be recorded from that day on.</source>
        <translation>Rapat ini bertanggal %1; kehadiran dapat dicatat mulai hari itu.</translation>
    </message>
    <message>
        <source>Type the name of the person who came.</source>
        <translation>Ketik nama orang yang hadir.</translation>
    </message>
    <message>
        <source>%1 was invited; untick &quot;Came&quot; instead, or remove the invitation on the previous page.</source>
        <translation>%1 termasuk yang diundang; sebagai gantinya, hilangkan centang &quot;Hadir&quot;, atau hapus undangannya di halaman sebelumnya.</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>diundang</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>tanpa undangan</translation>
    </message>
    <message>
        <source>%1 of %2 invited came; %3 without an invitation.</source>
        <translation>%1 dari %2 undangan hadir; %3 hadir tanpa undangan.</translation>
    </message>
</context>
<context>
    <name>MeetingCheck</name>
    <message>
        <source>The meeting needs a date.</source>
        <translation>Tanggal rapat harus diisi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write it as hours and minutes, e.g. 09.00 or 13:30.</source>
        <translation>&quot;%1&quot; bukan waktu; tulis sebagai jam dan menit, mis. 09.00 atau 13:30.</translation>
    </message>
    <message>
        <source>A dissemination presents the expert reviews, but this one is dated %1, before the first review of the cycle was signed (%2).</source>
        <translation>Diseminasi memaparkan hasil kajian Tim Pakar, tetapi diseminasi ini bertanggal %1, sebelum kajian pertama siklus ini ditandatangani (%2).</translation>
    </message>
    <message>
        <source>Every invited person needs a name.</source>
        <translation>Nama setiap orang yang diundang harus diisi.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded once the meeting has taken place; this meeting is dated %1.</source>
        <translation>Kehadiran baru dapat dicatat setelah rapat berlangsung; rapat ini bertanggal %1.</translation>
    </message>
    <message>
        <source>Every walk-in needs a name.</source>
        <translation>Nama setiap peserta tanpa undangan harus diisi.</translation>
    </message>
    <message>
        <source>Minutes and decisions can only be written once the meeting has taken place; this meeting is dated %1.</source>
        <translation>Notulen dan keputusan baru dapat ditulis setelah rapat berlangsung; rapat ini bertanggal %1.</translation>
    </message>
</context>
<context>
    <name>MeetingCommitmentsPage</name>
    <message>
        <source>Agency commitments</source>
        <translation>Komitmen OPD</translation>
    </message>
    <message>
        <source>What each agency commits to for its items of the approved RTL. Double-click a commitment to write it.</source>
        <translation>Komitmen setiap OPD atas butir RTL yang telah disetujui yang menjadi tanggung jawabnya. Klik dua kali pada sebuah komitmen untuk menuliskannya.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>(no responsible agency)</source>
        <translation>(tanpa OPD penanggung jawab)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>This cycle has no RTL items yet.</source>
        <translation>Siklus ini belum memiliki butir RTL.</translation>
    </message>
    <message>
        <source>Not listed because the TPPS chair has not approved them yet: %1 of the cycle&apos;s %2 RTL items. Only the approved RTL is presented at the meeting.</source>
        <translation>Tidak dicantumkan karena belum disetujui Ketua TPPS: %1 dari %2 butir RTL siklus ini. Hanya RTL yang telah disetujui yang dipaparkan dalam rapat.</translation>
    </message>
    <message>
        <source>All RTL items of the cycle are approved and listed.</source>
        <translation>Semua butir RTL siklus ini telah disetujui dan dicantumkan.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsPage</name>
    <message>
        <source>Meeting details</source>
        <translation>Rincian rapat</translation>
    </message>
    <message>
        <source>What kind of meeting, when and where it is held, who chairs it and its agenda.</source>
        <translation>Jenis rapat, waktu dan tempat pelaksanaannya, pimpinan rapat, serta agendanya.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>e.g. 09.00</source>
        <translation>mis. 09.00</translation>
    </message>
    <message>
        <source>e.g. Aula Setda Kabupaten</source>
        <translation>mis. Aula Setda Kabupaten</translation>
    </message>
    <message>
        <source>e.g. Wakil Bupati selaku Ketua TPPS</source>
        <translation>mis. Wakil Bupati selaku Ketua TPPS</translation>
    </message>
    <message>
        <source>1. Opening
2. Presentation of the expert reviews
3. Discussion of the RTL
4. Agency commitments</source>
        <translation>1. Pembukaan
2. Pemaparan hasil kajian Tim Pakar
3. Pembahasan RTL
4. Komitmen OPD</translation>
    </message>
    <message>
        <source>Kind of meeting:</source>
        <translation>Jenis rapat:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Starts at:</source>
        <translation>Waktu mulai:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>Chaired by:</source>
        <translation>Dipimpin oleh:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
</context>
<context>
    <name>MeetingInvitationsPage</name>
    <message>
        <source>Tick all agencies with RTL items</source>
        <translation>Centang semua OPD yang memiliki butir RTL</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Undang</translation>
    </message>
    <message>
        <source>Invite the whole &amp;team</source>
        <translation>Undang seluruh &amp;tim</translation>
    </message>
    <message>
        <source>Invite this &amp;person</source>
        <translation>Undang &amp;orang ini</translation>
    </message>
    <message>
        <source>&amp;Remove from the invitation</source>
        <translation>&amp;Hapus dari undangan</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>The agencies (OPD) invited as a whole, and the people invited by name.</source>
        <translation>OPD yang diundang secara kelembagaan, dan orang yang diundang secara perseorangan.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <translation>(tanpa OPD)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position, e.g. Kepala Bidang</source>
        <translation>Jabatan, mis. Kepala Bidang</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Perseorangan</translation>
    </message>
    <message>
        <source>Someone the workspace knows:</source>
        <translation>Orang yang sudah ada di ruang kerja:</translation>
    </message>
    <message>
        <source>Someone new:</source>
        <translation>Orang baru:</translation>
    </message>
    <message>
        <source>Type the name of the person to invite.</source>
        <translation>Ketik nama orang yang akan diundang.</translation>
    </message>
    <message>
        <source>Invited by name: %1</source>
        <translation>Diundang secara perseorangan: %1</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Dissemination</source>
        <translation>Diseminasi</translation>
    </message>
    <message>
        <source>Second dissemination (evaluation)</source>
        <translation>Diseminasi kedua (evaluasi)</translation>
    </message>
    <message>
        <source>Other audit meeting</source>
        <translation>Rapat audit lainnya</translation>
    </message>
</context>
<context>
    <name>MeetingListDialog</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Rapat &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Dissemination — meetings of cycle %1 of %2</source>
        <translation>Diseminasi — rapat Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>Dissemination — meetings</source>
        <translation>Diseminasi — rapat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>The stage is done once a dissemination meeting has its attendance and minutes recorded.</source>
        <translation>Tahap ini selesai setelah daftar hadir dan notulen sebuah rapat diseminasi dicatat.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ada</translation>
    </message>
    <message>
        <source>Delete the meeting &quot;%1&quot; of %2?

With it go its minutes and decisions, and:
• invited agencies: %3
• invited people: %4 (%5 marked as present)
• walk-ins: %6
• agency commitments: %7

The RTL items themselves stay.</source>
        <translation>Hapus rapat &quot;%1&quot; tanggal %2?

Ikut terhapus notulen dan keputusannya, serta:
• OPD yang diundang: %3
• orang yang diundang: %4 (%5 ditandai hadir)
• peserta tanpa undangan: %6
• komitmen OPD: %7

Butir RTL-nya sendiri tetap ada.</translation>
    </message>
    <message>
        <source>The meeting could not be deleted.

%1</source>
        <translation>Rapat tidak dapat dihapus.

%1</translation>
    </message>
</context>
<context>
    <name>MeetingMinutesPage</name>
    <message>
        <source>Minutes and decisions</source>
        <translation>Notulen dan keputusan</translation>
    </message>
    <message>
        <source>The minutes (notulen) of the meeting and what it decided.</source>
        <translation>Notulen rapat dan keputusan yang diambil.</translation>
    </message>
    <message>
        <source>What was presented and discussed</source>
        <translation>Hal yang dipaparkan dan dibahas</translation>
    </message>
    <message>
        <source>One decision per line</source>
        <translation>Satu keputusan per baris</translation>
    </message>
    <message>
        <source>Minutes (notulen):</source>
        <translation>Notulen:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Keputusan:</translation>
    </message>
    <message>
        <source>This meeting is dated %1; its minutes can be written from that day on.</source>
        <translation>Rapat ini bertanggal %1; notulennya dapat ditulis mulai hari itu.</translation>
    </message>
</context>
<context>
    <name>MeetingParticulars</name>
    <message>
        <source>%1, Audit Kasus Stunting cycle %2 of %3</source>
        <translation>%1, Audit Kasus Stunting Siklus %2 Tahun %3</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Day, date</source>
        <translation>Hari, tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>%1 until the end</source>
        <translation>Pukul %1 s.d. selesai</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Chair of the meeting,</source>
        <translation>Pimpinan Rapat,</translation>
    </message>
    <message>
        <source>Secretary (minute-taker),</source>
        <translation>Notulis,</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>The meeting</source>
        <translation>Rapat</translation>
    </message>
</context>
<context>
    <name>MeetingWizard</name>
    <message>
        <source>Audit meeting — cycle %1 of %2</source>
        <translation>Rapat audit — Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>Audit meeting</source>
        <translation>Rapat audit</translation>
    </message>
    <message>
        <source>The meeting was not saved:

%1</source>
        <translation>Rapat tidak disimpan:

%1</translation>
    </message>
    <message>
        <source>The meeting could not be saved; nothing was changed.

%1</source>
        <translation>Rapat tidak dapat disimpan; tidak ada yang diubah.

%1</translation>
    </message>
    <message>
        <source>Discard the changes to this meeting that are not saved yet?</source>
        <translation>Buang perubahan pada rapat ini yang belum disimpan?</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Tambah anggota…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Anggota tim</translation>
    </message>
    <message>
        <source>Pick people the workspace already knows, or add new ones, each with their role in the team.</source>
        <translation>Pilih orang yang sudah dikenal ruang kerja atau tambahkan orang baru, masing-masing dengan perannya dalam tim.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Monitoring</source>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <source>Up to three monthly follow-up visits per case, with what was measured. The z-scores and risks are worked out as you type. Next stores the visits of the cases you changed.</source>
        <translation>Paling banyak tiga kunjungan pemantauan bulanan per kasus, beserta hasil pengukurannya. Skor-z dan risiko dihitung selagi Anda mengetik. Tombol Berikutnya menyimpan kunjungan kasus yang Anda ubah.</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Dikunjungi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat badan (kg)</translation>
    </message>
    <message>
        <source>Length/height (cm)</source>
        <translation>Panjang/tinggi badan (cm)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Cara ukur</translation>
    </message>
    <message>
        <source>LiLA (cm)</source>
        <translation>LiLA (cm)</translation>
    </message>
    <message>
        <source>Hb (g/dL)</source>
        <translation>Hb (g/dL)</translation>
    </message>
    <message>
        <source>TPK member</source>
        <translation>Anggota TPK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Bulan ke-%1</translation>
    </message>
    <message>
        <source>visit recorded</source>
        <translation>kunjungan tercatat</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— tidak dicatat —</translation>
    </message>
    <message>
        <source>TPK member %1</source>
        <translation>Anggota TPK %1</translation>
    </message>
    <message>
        <source>This cycle has no cases to follow up yet.</source>
        <translation>Siklus ini belum memiliki kasus untuk dipantau.</translation>
    </message>
    <message>
        <source>%1 — %2, selected on %3</source>
        <translation>%1 — %2, dipilih pada %3</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>tanggal tidak diketahui</translation>
    </message>
    <message>
        <source>A stored visit can be corrected here but not removed.</source>
        <translation>Kunjungan yang sudah tersimpan dapat diperbaiki di sini, tetapi tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Month %1: %2 &quot;%3&quot; is not a number.</source>
        <translation>Bulan ke-%1: %2 &quot;%3&quot; bukan angka.</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>berat badan</translation>
    </message>
    <message>
        <source>length/height</source>
        <translation>panjang/tinggi badan</translation>
    </message>
    <message>
        <source>LiLA</source>
        <translation>LiLA</translation>
    </message>
    <message>
        <source>Hb</source>
        <translation>Hb</translation>
    </message>
    <message>
        <source>Type the measurement to see the z-scores or risks.</source>
        <translation>Ketik hasil pengukuran untuk melihat skor-z atau risiko.</translation>
    </message>
    <message>
        <source>The visits could not be saved; nothing was changed.</source>
        <translation>Kunjungan tidak dapat disimpan; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>MonitoringRecorder</name>
    <message>
        <source>%1, month %2</source>
        <translation>%1, bulan ke-%2</translation>
    </message>
    <message>
        <source>%1: follow-up has months 1 to 3 only.</source>
        <translation>%1: pemantauan hanya meliputi bulan ke-1 s.d. ke-3.</translation>
    </message>
    <message>
        <source>%1: record month %2 first; visits follow month by month.</source>
        <translation>%1: catat bulan ke-%2 terlebih dahulu; kunjungan dicatat berurutan dari bulan ke bulan.</translation>
    </message>
    <message>
        <source>%1: the visit date is missing.</source>
        <translation>%1: tanggal kunjungan kosong.</translation>
    </message>
    <message>
        <source>%1: the visit date %2 is in the future.</source>
        <translation>%1: tanggal kunjungan %2 jatuh setelah hari ini.</translation>
    </message>
    <message>
        <source>%1: the visit must come after the case was selected (%2).</source>
        <translation>%1: kunjungan harus sesudah tanggal kasus dipilih (%2).</translation>
    </message>
    <message>
        <source>%1: the visit must come after the visit of the month before (%2).</source>
        <translation>%1: kunjungan harus sesudah kunjungan bulan sebelumnya (%2).</translation>
    </message>
    <message>
        <source>%1: type at least one measured value (weight, length/height, LiLA or Hb).</source>
        <translation>%1: ketik paling sedikit satu hasil pengukuran (berat badan, panjang/tinggi badan, LiLA, atau Hb).</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not a possible value (%4 to %5).</source>
        <translation>%1: %2 %3 bukan nilai yang mungkin (%4 s.d. %5).</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>berat badan</translation>
    </message>
    <message>
        <source>length/height</source>
        <translation>panjang/tinggi badan</translation>
    </message>
    <message>
        <source>LiLA</source>
        <translation>LiLA</translation>
    </message>
    <message>
        <source>Hb</source>
        <translation>Hb</translation>
    </message>
    <message>
        <source>%1: the visitor is not a TPK member of this cycle&apos;s team.</source>
        <translation>%1: petugas yang berkunjung bukan anggota TPK dalam tim siklus ini.</translation>
    </message>
</context>
<context>
    <name>NewCycleDialog</name>
    <message>
        <source>New audit cycle</source>
        <translation>Siklus audit baru</translation>
    </message>
    <message>
        <source>Cycle 1 (January to June)</source>
        <translation>Siklus 1 (Januari s.d. Juni)</translation>
    </message>
    <message>
        <source>Cycle 2 (July to December)</source>
        <translation>Siklus 2 (Juli s.d. Desember)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Siklus:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>Periode dari:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>sampai:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Cycle %1 of %2 already exists in this workspace.</source>
        <translation>Siklus %1 Tahun %2 sudah ada di ruang kerja ini.</translation>
    </message>
</context>
<context>
    <name>NikCheck</name>
    <message>
        <source>The NIK should have 16 digits; this one has %1 characters.</source>
        <translation>NIK seharusnya 16 digit; NIK ini %1 karakter.</translation>
    </message>
    <message>
        <source>The NIK&apos;s birth date part (digits 7 to 12) or serial number (the last four) is not possible.</source>
        <translation>Bagian tanggal lahir NIK (digit ke-7 s.d. 12) atau nomor urutnya (empat digit terakhir) tidak mungkin.</translation>
    </message>
    <message>
        <source>The NIK was registered outside this district (region %1).</source>
        <translation>NIK terdaftar di luar kabupaten/kota ini (wilayah %1).</translation>
    </message>
    <message>
        <source>The NIK gives the birth date %1, but %2 was entered.</source>
        <translation>Menurut NIK tanggal lahirnya %1, tetapi yang diisikan %2.</translation>
    </message>
    <message>
        <source>The NIK is a woman&apos;s (day plus 40), but the sex entered is male.</source>
        <translation>NIK ini milik perempuan (tanggal ditambah 40), tetapi jenis kelamin yang diisikan laki-laki.</translation>
    </message>
    <message>
        <source>The NIK is a man&apos;s, but the sex entered is female.</source>
        <translation>NIK ini milik laki-laki, tetapi jenis kelamin yang diisikan perempuan.</translation>
    </message>
</context>
<context>
    <name>NipCheck</name>
    <message>
        <source>A NIP has 18 digits; this one has %1.</source>
        <translation>NIP terdiri atas 18 digit; NIP ini %1 digit.</translation>
    </message>
    <message>
        <source>The NIP&apos;s birth date, appointment month or sex digit is not possible.</source>
        <translation>Tanggal lahir, bulan pengangkatan, atau digit jenis kelamin pada NIP tidak mungkin.</translation>
    </message>
    <message>
        <source>The NIP says the appointment came before the age of 18.</source>
        <translation>Menurut NIP, pengangkatan terjadi sebelum umur 18 tahun.</translation>
    </message>
    <message>
        <source>The NIP&apos;s sex digit does not match the sex entered.</source>
        <translation>Digit jenis kelamin pada NIP tidak sesuai dengan jenis kelamin yang diisikan.</translation>
    </message>
</context>
<context>
    <name>NutritionalStatus</name>
    <message>
        <source>Check the measurement</source>
        <translation>Periksa pengukuran</translation>
    </message>
    <message>
        <source>Severely stunted</source>
        <translation>Sangat pendek</translation>
    </message>
    <message>
        <source>Stunted</source>
        <translation>Pendek</translation>
    </message>
    <message>
        <source>Normal height</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Severely underweight</source>
        <translation>Berat badan sangat kurang</translation>
    </message>
    <message>
        <source>Underweight</source>
        <translation>Berat badan kurang</translation>
    </message>
    <message>
        <source>Normal weight</source>
        <translation>Berat badan normal</translation>
    </message>
    <message>
        <source>Risk of overweight</source>
        <translation>Risiko berat badan lebih</translation>
    </message>
    <message>
        <source>Severely wasted</source>
        <translation>Gizi buruk</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Gizi kurang</translation>
    </message>
    <message>
        <source>Well nourished</source>
        <translation>Gizi baik</translation>
    </message>
    <message>
        <source>Possible risk of overweight</source>
        <translation>Berisiko gizi lebih</translation>
    </message>
    <message>
        <source>Overweight</source>
        <translation>Gizi lebih</translation>
    </message>
    <message>
        <source>Obese</source>
        <translation>Obesitas</translation>
    </message>
</context>
<context>
    <name>OfficialRecordDocument</name>
    <message>
        <source>The official record (berita acara) of meeting %1 cannot be made. %2</source>
        <translation>Berita acara rapat %1 tidak dapat dibuat. %2</translation>
    </message>
    <message>
        <source>An official record (berita acara) records a meeting that has taken place, and the meeting of %1 has neither attendance nor minutes yet. Record who came and the minutes (notulen) in the meeting wizard first.</source>
        <translation>Berita acara mencatat rapat yang telah berlangsung, sedangkan rapat pada %1 belum memiliki daftar hadir maupun notulen. Catat dahulu peserta yang hadir dan notulen rapat di panduan rapat.</translation>
    </message>
    <message>
        <source>An official record (berita acara) records a meeting that has taken place, and the meeting of %1 has no attendance yet. Record who came in the meeting wizard first.</source>
        <translation>Berita acara mencatat rapat yang telah berlangsung, sedangkan rapat pada %1 belum memiliki daftar hadir. Catat dahulu peserta yang hadir di panduan rapat.</translation>
    </message>
    <message>
        <source>An official record (berita acara) records a meeting that has taken place, and the meeting of %1 has no minutes (notulen) yet. Write them in the meeting wizard first.</source>
        <translation>Berita acara mencatat rapat yang telah berlangsung, sedangkan rapat pada %1 belum memiliki notulen. Tuliskan dahulu notulennya di panduan rapat.</translation>
    </message>
    <message>
        <source>Official record, %1</source>
        <translation>Berita acara, %1</translation>
    </message>
    <message>
        <source>Official record (Berita Acara)</source>
        <translation>Berita Acara</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Nomor: %1</translation>
    </message>
    <message>
        <source>On %1, a meeting of the Audit Kasus Stunting team of %2 was held, with the following particulars:</source>
        <extracomment>%1 is the date. In Indonesian it comes written in words (&quot;Selasa tanggal tiga puluh satu bulan Oktober tahun dua ribu dua puluh tiga&quot;), so that the sentence reads &quot;Pada hari ini %1, ...&quot;.</extracomment>
        <translation>Pada hari ini %1, telah dilaksanakan rapat Tim Audit Kasus Stunting %2 dengan keterangan sebagai berikut:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Pimpinan Rapat</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Peserta</translation>
    </message>
    <message numerus="yes">
        <source>%n people (the attendance list is annexed)</source>
        <translation>
            <numerusform>%n orang (daftar hadir terlampir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Keputusan rapat</translation>
    </message>
    <message>
        <source>The meeting recorded no decision.</source>
        <translation>Tidak ada keputusan rapat yang dicatat.</translation>
    </message>
    <message>
        <source>Commitments of the agencies (OPD) to the follow-up plan (RTL)</source>
        <translation>Komitmen OPD atas Rencana Tindak Lanjut (RTL)</translation>
    </message>
    <message>
        <source>Minutes (Notulen)</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>This official record was made truthfully, to be used as appropriate.</source>
        <translation>Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</translation>
    </message>
    <message>
        <source>No agency recorded a commitment at this meeting.</source>
        <translation>Tidak ada komitmen OPD yang dicatat dalam rapat ini.</translation>
    </message>
    <message>
        <source>Agency not recorded</source>
        <translation>OPD tidak tercatat</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>RTL item</source>
        <translation>Butir RTL</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Annex to the official record (Lampiran Berita Acara)</source>
        <translation>Lampiran Berita Acara</translation>
    </message>
    <message>
        <source>Attendees of the meeting of %1</source>
        <translation>Peserta rapat pada %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>OPD</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
</context>
<context>
    <name>OutcomeProposal</name>
    <message>
        <source>No follow-up measurement: choose the outcome yourself (e.g. moved away).</source>
        <translation>Tidak ada pengukuran pemantauan: pilih sendiri hasil akhirnya (mis. pindah).</translation>
    </message>
    <message>
        <source>No measurement from before the audit to compare with.</source>
        <translation>Tidak ada pengukuran sebelum audit sebagai pembanding.</translation>
    </message>
    <message>
        <source>Length/height-for-age z is missing before or after.</source>
        <translation>Skor-z PB/U atau TB/U tidak ada pada pengukuran sebelum atau sesudah.</translation>
    </message>
    <message>
        <source>A length/height-for-age z is flagged as implausible: check the measurement.</source>
        <translation>Skor-z PB/U atau TB/U ditandai tidak wajar: periksa pengukuran.</translation>
    </message>
    <message>
        <source>no longer stunted</source>
        <translation>tidak lagi pendek</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>kini %1</translation>
    </message>
    <message>
        <source>still not stunted</source>
        <translation>tetap tidak pendek</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>tetap %1</translation>
    </message>
    <message>
        <source>change under %1 z</source>
        <translation>perubahan kurang dari %1 z</translation>
    </message>
    <message>
        <source>HAZ %1 → %2, %3</source>
        <translation>Skor-z PB/U atau TB/U %1 → %2, %3</translation>
    </message>
    <message>
        <source>Hb %1 → %2 g/dL</source>
        <translation>Hb %1 → %2 g/dL</translation>
    </message>
    <message>
        <source>LiLA %1 → %2 cm</source>
        <translation>LiLA %1 → %2 cm</translation>
    </message>
    <message>
        <source>BMI %1 → %2</source>
        <translation>IMT %1 → %2</translation>
    </message>
    <message>
        <source>Neither Hb, LiLA nor BMI was measured both before and after.</source>
        <translation>Tidak satu pun dari Hb, LiLA, atau IMT yang diukur baik sebelum maupun sesudah.</translation>
    </message>
    <message>
        <source>%1; thresholds crossed %2 → %3</source>
        <translation>%1; ambang risiko yang terlampaui %2 → %3</translation>
    </message>
</context>
<context>
    <name>OutcomeRecorder</name>
    <message>
        <source>%1: the confirmed outcome needs the date it was confirmed.</source>
        <translation>%1: hasil akhir yang dikonfirmasi memerlukan tanggal konfirmasinya.</translation>
    </message>
    <message>
        <source>%1: the outcome cannot be confirmed on a future date.</source>
        <translation>%1: hasil akhir tidak dapat dikonfirmasi pada tanggal yang akan datang.</translation>
    </message>
    <message>
        <source>%1: the outcome cannot be confirmed before the case was selected.</source>
        <translation>%1: hasil akhir tidak dapat dikonfirmasi sebelum tanggal kasus dipilih.</translation>
    </message>
</context>
<context>
    <name>OverdueDialog</name>
    <message>
        <source>Open the &amp;follow-up plan…</source>
        <translation>Buka &amp;rencana tindak lanjut…</translation>
    </message>
    <message>
        <source>Overdue RTL items</source>
        <translation>Butir RTL lewat tenggat</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the follow-up plan (RTL) are past their due date and not done.</source>
        <translation>
            <numerusform>%n butir rencana tindak lanjut (RTL) telah melewati tenggat dan belum selesai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Agency (OPD)</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Lewat tenggat (hari)</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Siklus</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>The person</source>
        <translation>Orang tersebut</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a team member</source>
        <translation>Tambah anggota tim</translation>
    </message>
    <message>
        <source>Edit a team member</source>
        <translation>Ubah anggota tim</translation>
    </message>
    <message>
        <source>— a new person —</source>
        <translation>— orang baru —</translation>
    </message>
    <message>
        <source>e.g. dr.</source>
        <translation>mis. dr.</translation>
    </message>
    <message>
        <source>e.g. Sp.A, M.Kes</source>
        <translation>mis. Sp.A, M.Kes</translation>
    </message>
    <message>
        <source>18 digits; empty for non-civil-servants</source>
        <translation>18 digit; kosongkan untuk non-ASN</translation>
    </message>
    <message>
        <source>e.g. Pembina / IV a</source>
        <translation>mis. Pembina / IV a</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>Known person:</source>
        <translation>Orang yang dikenal:</translation>
    </message>
    <message>
        <source>Front title:</source>
        <translation>Gelar depan:</translation>
    </message>
    <message>
        <source>Name: *</source>
        <translation>Nama: *</translation>
    </message>
    <message>
        <source>Back title:</source>
        <translation>Gelar belakang:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Rank/grade:</source>
        <translation>Pangkat/golongan:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Agency (OPD):</source>
        <translation>OPD:</translation>
    </message>
    <message>
        <source>Speciality:</source>
        <translation>Keahlian:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>Role in the team:</source>
        <translation>Peran dalam tim:</translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <source>Desa:</source>
        <translation>Desa:</translation>
    </message>
    <message>
        <source>Please fill in the name.</source>
        <translation>Mohon isi nama.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QueryRows</name>
    <message>
        <source>%1 was not found in the workspace.</source>
        <translation>%1 tidak ditemukan di ruang kerja.</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <source>Edit recommendation</source>
        <translation>Ubah rekomendasi</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Rekomendasi baru</translation>
    </message>
    <message>
        <source>What should be done, by whom, and how often</source>
        <translation>Apa yang harus dilakukan, oleh siapa, dan seberapa sering</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Rekomendasi:</translation>
    </message>
    <message>
        <source>Enter the recommendation&apos;s text.</source>
        <translation>Isi teks rekomendasi.</translation>
    </message>
</context>
<context>
    <name>RecommendationKind</name>
    <message>
        <source>Handling this case</source>
        <translation>Penanganan kasus ini</translation>
    </message>
    <message>
        <source>Improving case management</source>
        <translation>Perbaikan tata laksana kasus</translation>
    </message>
    <message>
        <source>Preventing similar cases</source>
        <translation>Pencegahan kasus serupa</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Make &amp;RTL item…</source>
        <translation>Jadikan butir &amp;RTL…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>For handling this case, for improving case management, and for preventing similar cases. Each can become one or more RTL items.</source>
        <translation>Untuk penanganan kasus ini, perbaikan tata laksana kasus, dan pencegahan kasus serupa. Setiap rekomendasi dapat menjadi satu atau beberapa butir RTL.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>RTL items</source>
        <translation>Butir RTL</translation>
    </message>
    <message numerus="yes">
        <source>%n RTL item(s) were made from this recommendation. They stay in the RTL with their own copy of the text. Remove the recommendation?</source>
        <translation>
            <numerusform>%n butir RTL telah dibuat dari rekomendasi ini. Butir tersebut tetap ada di RTL dengan salinan teksnya sendiri. Hapus rekomendasi ini?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectedRowsFile</name>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The document: %1.</source>
        <translation>Dokumen: %1.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Berkas PDF yang ditulis.</translation>
    </message>
    <message>
        <source>The cycle, for example 2024-1; the current cycle when not given.</source>
        <translation>Siklus, misalnya 2024-1; siklus berjalan bila tidak disebutkan.</translation>
    </message>
    <message>
        <source>The meeting of an attendance sheet or official record, by its number.</source>
        <translation>Rapat untuk daftar hadir atau berita acara, menurut nomornya.</translation>
    </message>
    <message>
        <source>The case of a growth chart or a filled worksheet, by its code.</source>
        <translation>Kasus untuk grafik pertumbuhan atau KKA terisi, menurut kodenya.</translation>
    </message>
    <message>
        <source>The target group of a blank worksheet (CATIN, BUMIL, BUFAS, BADUTA, BALITA); all when not given.</source>
        <translation>Kelompok sasaran KKA kosong (CATIN, BUMIL, BUFAS, BADUTA, BALITA); semua bila tidak disebutkan.</translation>
    </message>
    <message>
        <source>An internal copy with the families&apos; identities, marked CONFIDENTIAL on every page and recorded in the workspace.</source>
        <translation>Salinan internal dengan identitas keluarga, bertanda RAHASIA di setiap halaman dan dicatat di ruang kerja.</translation>
    </message>
    <message>
        <source>The date printed on the document (yyyy-mm-dd) instead of today.</source>
        <translation>Tanggal yang dicetak pada dokumen (yyyy-mm-dd), sebagai ganti hari ini.</translation>
    </message>
    <message>
        <source>this workspace has no audit cycle yet.</source>
        <translation>ruang kerja ini belum memiliki siklus audit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a meeting number.</source>
        <translation>&apos;%1&apos; bukan nomor rapat.</translation>
    </message>
    <message>
        <source>this cycle has no meetings yet; record one in stage 4 (dissemination) first.</source>
        <translation>siklus ini belum memiliki rapat; catat dahulu rapatnya pada tahap 4 (diseminasi).</translation>
    </message>
    <message>
        <source>give the meeting with --meeting ID; this cycle&apos;s meetings are:
%1</source>
        <translation>sebutkan rapatnya dengan --meeting ID; rapat siklus ini:
%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a document; choose one of %2.</source>
        <translation>&apos;%1&apos; bukan dokumen; pilih salah satu dari %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as yyyy-mm-dd, e.g. 2024-09-16.</source>
        <translation>&apos;%1&apos; bukan tanggal; tulis sebagai yyyy-mm-dd, misalnya 2024-09-16.</translation>
    </message>
    <message>
        <source>--group applies to blank worksheets only.</source>
        <translation>--group hanya berlaku untuk KKA kosong.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a target group; choose CATIN, BUMIL, BUFAS, BADUTA or BALITA.</source>
        <translation>&apos;%1&apos; bukan kelompok sasaran; pilih CATIN, BUMIL, BUFAS, BADUTA atau BALITA.</translation>
    </message>
    <message>
        <source>give the case with --case CODE, for example --case AKS-2024-1-BDT-01.</source>
        <translation>sebutkan kasusnya dengan --case KODE, misalnya --case AKS-2024-1-BDT-01.</translation>
    </message>
    <message>
        <source>there is no case %1 in this workspace.</source>
        <translation>tidak ada kasus %1 di ruang kerja ini.</translation>
    </message>
    <message>
        <source>give the file to write with -o FILE.pdf.</source>
        <translation>sebutkan berkas yang ditulis dengan -o BERKAS.pdf.</translation>
    </message>
    <message>
        <source>documents are written as PDF: give a file name ending in .pdf.</source>
        <translation>dokumen ditulis sebagai PDF: berikan nama berkas yang berakhiran .pdf.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n halaman ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is an internal copy with identities (CONFIDENTIAL); it was recorded in the workspace.</source>
        <translation>Ini salinan internal dengan identitas (RAHASIA); pembuatannya dicatat di ruang kerja.</translation>
    </message>
    <message>
        <source>Print a document (handout, RTL matrix, attendance sheet ...) to a PDF file.</source>
        <translation>Cetak dokumen (bahan diseminasi, matriks RTL, daftar hadir ...) ke berkas PDF.</translation>
    </message>
</context>
<context>
    <name>ReportCover</name>
    <message>
        <source>Report of the Audit Kasus Stunting (AKS) of %1, %2</source>
        <translation>Laporan Audit Kasus Stunting (AKS) %1, %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Audit Kasus Stunting (AKS)</source>
        <translation>Audit Kasus Stunting (AKS)</translation>
    </message>
    <message>
        <source>Stunting Case Audit Team (Tim AKS)</source>
        <translation>Tim Audit Kasus Stunting (Tim AKS)</translation>
    </message>
    <message>
        <source>Approval page (Lembar pengesahan)</source>
        <translation>Lembar Pengesahan</translation>
    </message>
    <message>
        <source>This report has been examined by the Stunting Case Audit Team and is approved as the account of the audit of %1.</source>
        <translation>Laporan ini telah diperiksa oleh Tim Audit Kasus Stunting dan disahkan sebagai pertanggungjawaban pelaksanaan audit %1.</translation>
    </message>
</context>
<context>
    <name>ReportNarrative</name>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n kasus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stunting, a child&apos;s failure to grow after long undernutrition and repeated infection, is a priority of %1. The Audit Kasus Stunting (AKS, stunting case audit) is one of the priority activities of the national action plan for the acceleration of stunting reduction (RAN PASTI): it looks for the root causes of stunting risk in individual, already known cases and decides what each agency must do about them.</source>
        <translation>Stunting, yaitu kondisi gagal tumbuh pada anak akibat kekurangan gizi dalam waktu lama dan infeksi berulang, merupakan salah satu prioritas pembangunan di %1. Audit Kasus Stunting (AKS) merupakan salah satu kegiatan prioritas Rencana Aksi Nasional Percepatan Penurunan Stunting Indonesia (RAN PASTI) yang bertujuan mencari akar penyebab risiko stunting pada kasus perorangan yang telah diketahui serta menetapkan langkah yang harus dilakukan oleh setiap OPD terhadap kasus tersebut.</translation>
    </message>
    <message>
        <source>In %1, from %2, no case has been selected for audit yet.</source>
        <translation>Pada %1 (periode %2), belum ada kasus yang dipilih untuk diaudit.</translation>
    </message>
    <message numerus="yes">
        <source>In %1, from %2, the team audited %n case(s) (%3). This report presents the cases and their spread, the experts who reviewed them, the period of the audit, its conclusions, the follow-up plan (RTL) and its evaluation.</source>
        <translation>
            <numerusform>Pada %1 (periode %2), tim telah mengaudit sebanyak %n kasus (%3). Laporan ini menyajikan kasus beserta sebarannya, Tim Pakar yang mengkaji kasus, periode pelaksanaan audit, kesimpulan, Rencana Tindak Lanjut (RTL), serta evaluasinya.</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Presidential Regulation (Peraturan Presiden) Number 72 of 2021 on the Acceleration of Stunting Reduction;</source>
        <translation>1. Peraturan Presiden Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting;</translation>
    </message>
    <message>
        <source>2. BKKBN Regulation (Peraturan BKKBN) Number 12 of 2021 on the National Action Plan for the Acceleration of Stunting Reduction in Indonesia (RAN PASTI);</source>
        <translation>2. Peraturan Badan Kependudukan dan Keluarga Berencana Nasional Nomor 12 Tahun 2021 tentang Rencana Aksi Nasional Percepatan Penurunan Angka Stunting Indonesia (RAN PASTI);</translation>
    </message>
    <message>
        <source>3. Decree (SK) Number %1 of %2 on %3.</source>
        <translation>3. Surat Keputusan (SK) Nomor %1 tanggal %2 tentang %3.</translation>
    </message>
    <message>
        <source>the audit team</source>
        <translation>Tim Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>The audit of %1 aimed to:</source>
        <translation>Audit %1 bertujuan untuk:</translation>
    </message>
    <message>
        <source>1. find the risk factors and root causes of stunting in each audited case;</source>
        <translation>1. menemukan faktor risiko dan akar penyebab stunting pada setiap kasus yang diaudit;</translation>
    </message>
    <message>
        <source>2. recommend how each case is handled, how case management is improved and how similar cases are prevented;</source>
        <translation>2. memberikan rekomendasi penanganan setiap kasus, perbaikan tata laksana kasus, dan pencegahan kasus serupa;</translation>
    </message>
    <message>
        <source>3. agree a follow-up plan (RTL) with the agencies (OPD) and evaluate what was done.</source>
        <translation>3. menyepakati Rencana Tindak Lanjut (RTL) bersama OPD serta mengevaluasi pelaksanaannya.</translation>
    </message>
    <message>
        <source>The experts (Tim Pakar) concluded on the causes of %1 of the %2 cases. The causes they found most often were: %3.</source>
        <translation>Tim Pakar telah menyimpulkan penyebab pada %1 dari %2 kasus. Penyebab yang paling sering ditemukan adalah %3.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n RTL item(s) has been evaluated yet.</source>
        <translation>
            <numerusform>Belum ada satu pun dari %n butir RTL yang dievaluasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Of the %1 RTL items, %2 were done (%3), %4 partly done and %5 not done; %6 are not evaluated yet.</source>
        <translation>Dari %1 butir RTL, sebanyak %2 butir selesai (%3), %4 butir selesai sebagian, dan %5 butir tidak selesai; %6 butir belum dievaluasi.</translation>
    </message>
    <message numerus="yes">
        <source>The outcomes of the %n case(s) after follow-up are not confirmed yet.</source>
        <translation>
            <numerusform>Hasil akhir %n kasus setelah tindak lanjut belum dikonfirmasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Of the %1 cases, %2 improved, %3 stayed unchanged and %4 became worse; %5 moved away, died or were lost to follow-up, and %6 have no confirmed outcome yet.</source>
        <translation>Dari %1 kasus, sebanyak %2 kasus membaik, %3 kasus tetap, dan %4 kasus memburuk; %5 kasus pindah, meninggal, atau tidak dapat dipantau, dan %6 kasus belum memiliki hasil akhir yang dikonfirmasi.</translation>
    </message>
    <message>
        <source>The audit of this cycle has not reached its conclusions yet.</source>
        <translation>Audit pada siklus ini belum sampai pada kesimpulan.</translation>
    </message>
    <message numerus="yes">
        <source>The agencies responsible finish the %n RTL item(s) not yet done in the next cycle.</source>
        <translation>
            <numerusform>OPD penanggung jawab menyelesaikan %n butir RTL yang belum selesai pada siklus berikutnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The family companion teams (TPK) go on measuring the audited cases every month and report to the puskesmas.</source>
        <translation>Tim Pendamping Keluarga (TPK) melanjutkan pengukuran kasus yang diaudit setiap bulan dan melaporkannya ke puskesmas.</translation>
    </message>
    <message>
        <source>The agencies take the causes found most often (%1) into their regular programmes, to prevent similar cases.</source>
        <translation>OPD memasukkan penanganan penyebab yang paling sering ditemukan (%1) ke dalam program rutinnya untuk mencegah kasus serupa.</translation>
    </message>
    <message>
        <source>This report is the account of the Audit Kasus Stunting of %1 in %2. We thank the experts, the technical team, the family companion teams and the agencies for their work, and hope that it helps to accelerate the reduction of stunting in %1.</source>
        <translation>Demikian laporan ini disusun sebagai pertanggungjawaban pelaksanaan Audit Kasus Stunting %1 pada %2. Kami menyampaikan terima kasih kepada Tim Pakar, Tim Teknis, Tim Pendamping Keluarga (TPK), dan OPD atas kerja samanya, dengan harapan laporan ini dapat membantu percepatan penurunan stunting di %1.</translation>
    </message>
</context>
<context>
    <name>ReportPart</name>
    <message>
        <source>Background (Latar belakang)</source>
        <translation>Latar Belakang</translation>
    </message>
    <message>
        <source>Legal basis (Dasar hukum)</source>
        <translation>Dasar Hukum</translation>
    </message>
    <message>
        <source>Objectives (Tujuan)</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Conclusions (Kesimpulan)</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <source>Recommendations (Saran)</source>
        <translation>Saran</translation>
    </message>
    <message>
        <source>Closing (Penutup)</source>
        <translation>Penutup</translation>
    </message>
</context>
<context>
    <name>ReportTextDialog</name>
    <message>
        <source>Use Tuntas&apos;s &amp;text</source>
        <translation>Gunakan &amp;teks Tuntas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Texts of the cycle report (Laporan AKS)</source>
        <translation>Teks Laporan AKS</translation>
    </message>
    <message>
        <source>Throws away what was written for this part; the report then prints the paragraph Tuntas writes from the cycle&apos;s data.</source>
        <translation>Membuang teks yang telah ditulis untuk bagian ini; laporan kemudian mencetak paragraf yang disusun Tuntas dari data siklus.</translation>
    </message>
    <message>
        <source>Each paragraph on a line of its own. Until a part is written, the report prints the text shown here, which Tuntas writes from the cycle&apos;s data. Write case codes, never names.</source>
        <translation>Tulis setiap paragraf pada barisnya sendiri. Selama suatu bagian belum ditulis, laporan mencetak teks yang ditampilkan di sini, yang disusun Tuntas dari data siklus. Tuliskan kode kasus, jangan sekali-kali nama.</translation>
    </message>
    <message>
        <source>The texts could not be saved; nothing was changed.

%1</source>
        <translation>Teks tidak dapat disimpan; tidak ada yang diubah.

%1</translation>
    </message>
    <message>
        <source>Discard the changes to the report&apos;s texts?</source>
        <translation>Buang perubahan pada teks laporan?</translation>
    </message>
</context>
<context>
    <name>ReportTextRepository</name>
    <message>
        <source>A report text belongs to a cycle.</source>
        <translation>Teks laporan harus terkait dengan suatu siklus.</translation>
    </message>
</context>
<context>
    <name>ReviewCaseListDialog</name>
    <message>
        <source>&amp;Open review…</source>
        <translation>&amp;Buka kajian…</translation>
    </message>
    <message>
        <source>Expert review — cycle %1 of %2</source>
        <translation>Kajian Tim Pakar — Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>Kajian Tim Pakar</translation>
    </message>
    <message>
        <source>Open a case to fill in its worksheet, causes and recommendations, and to record the experts&apos; sign-off.</source>
        <translation>Buka sebuah kasus untuk mengisi kertas kerja audit, penyebab, dan rekomendasinya, serta untuk mencatat tanda tangan Tim Pakar.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Kajian</translation>
    </message>
    <message>
        <source>RTL items</source>
        <translation>Butir RTL</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Ditandatangani pada %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
</context>
<context>
    <name>ReviewDateCheck</name>
    <message>
        <source>Enter the audit date.</source>
        <translation>Isi tanggal audit.</translation>
    </message>
    <message>
        <source>The audit date (%1) is before the case was selected (%2).</source>
        <translation>Tanggal audit (%1) lebih awal daripada tanggal kasus dipilih (%2).</translation>
    </message>
    <message>
        <source>The audit date (%1) is in the future.</source>
        <translation>Tanggal audit (%1) berada di masa mendatang.</translation>
    </message>
    <message>
        <source>Enter the signing date.</source>
        <translation>Isi tanggal penandatanganan.</translation>
    </message>
    <message>
        <source>The signing date (%1) is before the case was selected (%2).</source>
        <translation>Tanggal penandatanganan (%1) lebih awal daripada tanggal kasus dipilih (%2).</translation>
    </message>
    <message>
        <source>The signing date (%1) is before the audit date on the worksheet (%2).</source>
        <translation>Tanggal penandatanganan (%1) lebih awal daripada tanggal audit pada kertas kerja (%2).</translation>
    </message>
    <message>
        <source>The signing date (%1) is in the future.</source>
        <translation>Tanggal penandatanganan (%1) berada di masa mendatang.</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>Expert review — case %1</source>
        <translation>Kajian Tim Pakar — Kasus %1</translation>
    </message>
    <message>
        <source>The review could not be saved; nothing was changed.

%1</source>
        <translation>Kajian tidak dapat disimpan; tidak ada yang diubah.

%1</translation>
    </message>
    <message>
        <source>Discard the changes to this page of the review?</source>
        <translation>Buang perubahan pada halaman kajian ini?</translation>
    </message>
</context>
<context>
    <name>RiskThresholdsEditor</name>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source> g/dL</source>
        <translation> g/dL</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source> children</source>
        <translation> anak</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> kali</translation>
    </message>
    <message>
        <source> tablets</source>
        <translation> butir</translation>
    </message>
    <message>
        <source>A risk is reported when a value is below (or, for age and children, above) its threshold. The defaults follow the national guidance; change them only when your district&apos;s guidance differs.</source>
        <translation>Risiko dilaporkan bila nilai berada di bawah ambangnya (atau, untuk umur dan jumlah anak, di atasnya). Nilai bawaan mengikuti pedoman nasional; ubah hanya bila pedoman daerah Anda berbeda.</translation>
    </message>
    <message>
        <source>LiLA below (KEK):</source>
        <translation>LiLA di bawah (KEK):</translation>
    </message>
    <message>
        <source>Hb below, pregnant:</source>
        <translation>Hb di bawah, ibu hamil:</translation>
    </message>
    <message>
        <source>Hb below, bride or postpartum:</source>
        <translation>Hb di bawah, catin atau ibu nifas:</translation>
    </message>
    <message>
        <source>BMI below:</source>
        <translation>IMT di bawah:</translation>
    </message>
    <message>
        <source>Too young, under:</source>
        <translation>Terlalu muda, di bawah:</translation>
    </message>
    <message>
        <source>Too old, over:</source>
        <translation>Terlalu tua, di atas:</translation>
    </message>
    <message>
        <source>Births too close, under:</source>
        <translation>Jarak kelahiran terlalu dekat, di bawah:</translation>
    </message>
    <message>
        <source>Too many children, over:</source>
        <translation>Anak terlalu banyak, lebih dari:</translation>
    </message>
    <message>
        <source>Short stature, under:</source>
        <translation>Bertubuh pendek, di bawah:</translation>
    </message>
    <message>
        <source>Antenatal visits, fewer than:</source>
        <translation>Pemeriksaan kehamilan, kurang dari:</translation>
    </message>
    <message>
        <source>Iron-folic tablets, fewer than:</source>
        <translation>Tablet tambah darah, kurang dari:</translation>
    </message>
    <message>
        <source>Restore the guidance&apos;s defaults</source>
        <translation>Kembalikan nilai bawaan pedoman</translation>
    </message>
</context>
<context>
    <name>RtlApproval</name>
    <message>
        <source>Select the RTL items to approve.</source>
        <translation>Pilih butir RTL yang akan disetujui.</translation>
    </message>
    <message>
        <source>Enter the date of the approval.</source>
        <translation>Isi tanggal persetujuan.</translation>
    </message>
    <message>
        <source>Enter the name of the TPPS chair who approved the items.</source>
        <translation>Isi nama Ketua TPPS yang menyetujui butir-butir tersebut.</translation>
    </message>
    <message>
        <source>The approval date is in the future.</source>
        <translation>Tanggal persetujuan berada di masa mendatang.</translation>
    </message>
</context>
<context>
    <name>RtlCarryOver</name>
    <message>
        <source>The cycle was not found in the workspace.</source>
        <translation>Siklus tidak ditemukan di ruang kerja.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in cycle %2; items can only be carried into a later cycle, not into %3.</source>
        <translation>&quot;%1&quot; berada di siklus %2; butir hanya dapat dibawa ke siklus sesudahnya, bukan ke siklus %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is done; only unfinished items are carried into the next cycle.</source>
        <translation>&quot;%1&quot; sudah selesai; hanya butir yang belum selesai yang dibawa ke siklus berikutnya.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already carried into cycle %2.</source>
        <translation>&quot;%1&quot; sudah dibawa ke siklus %2.</translation>
    </message>
</context>
<context>
    <name>RtlEvaluationSection</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Jumlah butir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Selesai sebagian</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Tidak selesai</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Belum dievaluasi</translation>
    </message>
    <message>
        <source>Share done</source>
        <translation>Persentase selesai</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Agency (OPD)</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Only items with the status &quot;done&quot; count as done; partly done items do not. Items not evaluated are still planned or in progress.</source>
        <translation>Hanya butir berstatus &quot;selesai&quot; yang dihitung selesai; butir yang selesai sebagian tidak dihitung. Butir yang belum dievaluasi masih direncanakan atau sedang berjalan.</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Activity and target</source>
        <translation>Kegiatan dan sasaran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was done and evidence</source>
        <translation>Pelaksanaan dan bukti</translation>
    </message>
    <message>
        <source>Obstacle and next step</source>
        <translation>Kendala dan langkah selanjutnya</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Sasaran: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Bukti: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Langkah selanjutnya: %1</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Belum dievaluasi</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
</context>
<context>
    <name>RtlMatrixDocument</name>
    <message>
        <source>The RTL matrix cannot be made: %1</source>
        <translation>Matriks RTL tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>%1 has no RTL items yet: the follow-up plan is drafted in stage 3 (expert review) or in the RTL tracker.</source>
        <translation>%1 belum memiliki butir RTL: rencana tindak lanjut disusun pada tahap 3 (kajian Tim Pakar) atau melalui menu Siklus &gt; Rencana tindak lanjut (RTL).</translation>
    </message>
    <message>
        <source>RTL matrix, %1</source>
        <translation>Matriks RTL, %1</translation>
    </message>
    <message>
        <source>Follow-up plan matrix (Matriks RTL)</source>
        <translation>Matriks Rencana Tindak Lanjut (RTL)</translation>
    </message>
    <message>
        <source>Audit Kasus Stunting, %1, %2</source>
        <translation>Audit Kasus Stunting, %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), grouped by the agency (OPD) responsible.</source>
        <translation>
            <numerusform>Terdapat %n butir RTL, dikelompokkan menurut OPD penanggung jawab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them not yet approved by the TPPS chair.</source>
        <translation>
            <numerusform>Sebanyak %n butir di antaranya belum disetujui Ketua TPPS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chair of the stunting reduction task force (TPPS)
%1</source>
        <translation>Ketua Tim Percepatan Penurunan Stunting (TPPS)
%1</translation>
    </message>
    <message>
        <source>Approved by,</source>
        <translation>Disetujui oleh,</translation>
    </message>
    <message>
        <source>Chair of the Stunting Case Audit Team</source>
        <translation>Ketua Tim Audit Kasus Stunting</translation>
    </message>
</context>
<context>
    <name>RtlMatrixSection</name>
    <message>
        <source>not set</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>paling lambat %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>mulai %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>disetujui %1</translation>
    </message>
    <message>
        <source>not yet approved</source>
        <translation>belum disetujui</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Type and timing</source>
        <translation>Jenis dan waktu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Budget source</source>
        <translation>Sumber anggaran</translation>
    </message>
    <message>
        <source>Success indicator</source>
        <translation>Indikator keberhasilan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period and budget</source>
        <translation>Periode dan anggaran</translation>
    </message>
    <message>
        <source>(no agency named)</source>
        <translation>(tanpa OPD penanggung jawab)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n butir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Sumber anggaran</translation>
    </message>
</context>
<context>
    <name>RtlTrackerView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Setu&amp;jui…</translation>
    </message>
    <message>
        <source>&amp;Carry unfinished items into the next cycle…</source>
        <translation>Ba&amp;wa butir yang belum selesai ke siklus berikutnya…</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>Follow-up plan (RTL) — %1</source>
        <translation>Rencana tindak lanjut (RTL) — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-up plan (RTL), %1.&lt;/b&gt; Items past their due date and not done are marked overdue.</source>
        <translation>&lt;b&gt;Rencana tindak lanjut (RTL), %1.&lt;/b&gt; Butir yang telah melewati tenggat dan belum selesai ditandai lewat tenggat.</translation>
    </message>
    <message>
        <source>By agency (OPD)</source>
        <translation>Menurut OPD</translation>
    </message>
    <message>
        <source>By case</source>
        <translation>Menurut kasus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Semua yang belum selesai</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Kelompokkan:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Agency (OPD)</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Lewat tenggat (hari)</translation>
    </message>
    <message>
        <source>All &amp;items</source>
        <translation>Semua &amp;butir</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Lewat tenggat</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Tanpa OPD</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, lewat tenggat</translation>
    </message>
    <message>
        <source>%1 — carried into a later cycle</source>
        <translation>%1 — dibawa ke siklus sesudahnya</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Approved on %1 by %2</source>
        <translation>Disetujui pada %1 oleh %2</translation>
    </message>
    <message>
        <source>Carried over from an earlier cycle; the case belongs to that cycle.</source>
        <translation>Dibawa dari siklus sebelumnya; kasusnya termasuk siklus tersebut.</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 and not done: %n day(s) overdue</source>
        <translation>
            <numerusform>Tenggat %1 dan belum selesai: lewat %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n butir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n lewat tenggat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown.</source>
        <translation>
            <numerusform>%1 dari %n butir ditampilkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overdue (%1)</source>
        <translation>&amp;Lewat tenggat (%1)</translation>
    </message>
    <message>
        <source>Delete RTL items</source>
        <translation>Hapus butir RTL</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n RTL item(s)? Their evaluations and the agencies&apos; commitments to them are deleted with them.</source>
        <translation>
            <numerusform>Hapus %n butir RTL? Evaluasi dan komitmen OPD terhadap butir tersebut ikut terhapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Bawa ke siklus berikutnya</translation>
    </message>
    <message>
        <source>There is no cycle after this one yet, so nothing was carried. Start the next cycle first (Cycle &gt; New cycle…), then carry the unfinished items into it.</source>
        <translation>Belum ada siklus sesudah siklus ini, sehingga tidak ada yang dibawa. Mulai siklus berikutnya terlebih dahulu (Siklus &gt; Siklus baru…), lalu bawa butir yang belum selesai ke siklus tersebut.</translation>
    </message>
    <message>
        <source>cycle %1 of %2</source>
        <translation>siklus %1 tahun %2</translation>
    </message>
    <message>
        <source>There are no unfinished items left to carry into %1.</source>
        <translation>Tidak ada lagi butir yang belum selesai untuk dibawa ke %1.</translation>
    </message>
    <message numerus="yes">
        <source>Carry %n unfinished item(s) into %1? Each becomes a new planned item there, without dates or approval, to be planned and approved again; the items here stay as they are.</source>
        <translation>
            <numerusform>Bawa %n butir yang belum selesai ke %1? Setiap butir menjadi butir baru berstatus direncanakan di sana, tanpa tanggal dan persetujuan, untuk direncanakan dan disetujui kembali; butir-butir di sini tetap seperti semula.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) carried into %1.</source>
        <translation>
            <numerusform>%n butir telah dibawa ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionReason</name>
    <message>
        <source>Did not improve after intervention</source>
        <translation>Tidak membaik setelah intervensi</translation>
    </message>
    <message>
        <source>High-burden area (lokus)</source>
        <translation>Wilayah lokus</translation>
    </message>
    <message>
        <source>Difficult case or suspected disease</source>
        <translation>Kasus sulit atau dicurigai ada penyakit penyerta</translation>
    </message>
    <message>
        <source>High-risk mother or bride</source>
        <translation>Ibu atau calon pengantin berisiko tinggi</translation>
    </message>
    <message>
        <source>Data complete enough to audit</source>
        <translation>Data cukup lengkap untuk diaudit</translation>
    </message>
</context>
<context>
    <name>SelectionReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Finish stores the new cases; each gets its audit number and a case code that documents use instead of the name.</source>
        <translation>Selesai menyimpan kasus baru; setiap kasus mendapat nomor urut audit dan kode kasus yang dipakai dokumen sebagai pengganti nama.</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n kasus baru</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups still short of the minimum (you may finish and add cases later):</source>
        <translation>Kelompok yang belum mencapai jumlah minimal (Anda boleh menyelesaikan dan menambah kasus nanti):</translation>
    </message>
    <message>
        <source>Go back and give a reason for:</source>
        <translation>Kembali dan beri alasan untuk:</translation>
    </message>
</context>
<context>
    <name>SelectionWizard</name>
    <message>
        <source>Case selection — cycle %1 of %2</source>
        <translation>Seleksi kasus — Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>Case selection</source>
        <translation>Seleksi kasus</translation>
    </message>
    <message>
        <source>The selection could not be saved; nothing was changed.

%1</source>
        <translation>Pilihan kasus tidak dapat disimpan; tidak ada yang diubah.

%1</translation>
    </message>
    <message>
        <source>Discard the cases you selected?</source>
        <translation>Buang kasus yang sudah Anda pilih?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>e.g. Kabupaten Sukamaju</source>
        <translation>mis. Kabupaten Sukamaju</translation>
    </message>
    <message>
        <source>e.g. 32.04</source>
        <translation>mis. 32.04</translation>
    </message>
    <message>
        <source>e.g. PEMERINTAH KABUPATEN SUKAMAJU</source>
        <translation>mis. PEMERINTAH KABUPATEN SUKAMAJU</translation>
    </message>
    <message>
        <source>e.g. DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA</source>
        <translation>mis. DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA</translation>
    </message>
    <message>
        <source>Telephone, e-mail, website: one line each</source>
        <translation>Telepon, pos-el, situs web: satu baris masing-masing</translation>
    </message>
    <message>
        <source>e.g. Jalan Raya Sukamaju No. 17, Sukamaju 45191</source>
        <translation>mis. Jalan Raya Sukamaju No. 17, Sukamaju 45191</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Provinsi:</translation>
    </message>
    <message>
        <source>Regency or city: *</source>
        <translation>Kabupaten/kota: *</translation>
    </message>
    <message>
        <source>Kemendagri code:</source>
        <translation>Kode Kemendagri:</translation>
    </message>
    <message>
        <source>Government name:</source>
        <translation>Nama pemerintah daerah:</translation>
    </message>
    <message>
        <source>Office name: *</source>
        <translation>Nama dinas: *</translation>
    </message>
    <message>
        <source>Letterhead lines:</source>
        <translation>Baris kop surat:</translation>
    </message>
    <message>
        <source>Office address:</source>
        <translation>Alamat kantor:</translation>
    </message>
    <message>
        <source>Place for signatures:</source>
        <translation>Tempat penandatanganan:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Choose the district&apos;s logo</source>
        <translation>Pilih logo kabupaten/kota</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Gambar (*.png *.svg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>%1 cannot be used as a logo: choose a PNG or SVG image under 2 MB.</source>
        <translation>%1 tidak dapat dipakai sebagai logo: pilih gambar PNG atau SVG yang kurang dari 2 MB.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>the regency or city</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <source>the office name</source>
        <translation>nama dinas</translation>
    </message>
    <message>
        <source>Please fill in %1: documents cannot be printed without it.</source>
        <translation>Mohon isi %1: dokumen tidak dapat dicetak tanpa data itu.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>Printed on the letterhead of every document.</source>
        <translation>Dicetak pada kop surat setiap dokumen.</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;Kabupaten/kota</translation>
    </message>
    <message>
        <source>&amp;Risk thresholds</source>
        <translation>Ambang &amp;risiko</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Tampilan</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <source>The experts have signed this review</source>
        <translation>Tim Pakar telah menandatangani kajian ini</translation>
    </message>
    <message>
        <source>The cycle&apos;s team has no experts (Tim Pakar) yet. Add them in the team formation wizard.</source>
        <translation>Tim siklus ini belum memiliki anggota Tim Pakar. Tambahkan melalui panduan pembentukan tim.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Pengesahan</translation>
    </message>
    <message>
        <source>Tick the experts who reviewed the case. Once signed, the case counts as reviewed.</source>
        <translation>Centang anggota Tim Pakar yang mengkaji kasus ini. Setelah ditandatangani, kasus dihitung sudah dikaji.</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Ditandatangani pada:</translation>
    </message>
    <message>
        <source>Experts who reviewed the case:</source>
        <translation>Anggota Tim Pakar yang mengkaji kasus:</translation>
    </message>
    <message>
        <source>Tick at least one expert who reviewed the case before signing.</source>
        <translation>Centang paling sedikit satu anggota Tim Pakar yang mengkaji kasus sebelum menandatangani.</translation>
    </message>
</context>
<context>
    <name>SipastiStageSection</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Sipasti stage</source>
        <translation>Tahap Sipasti</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Tercapai</translation>
    </message>
    <message>
        <source>Reached on or still lacking</source>
        <translation>Tanggal tercapai atau hal yang belum terpenuhi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The workspace could not be read or changed: %1</source>
        <translation>Ruang kerja tidak dapat dibaca atau diubah: %1</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>the workspace is not an SQLite database</source>
        <translation>ruang kerja ini bukan basis data SQLite</translation>
    </message>
    <message>
        <source>The workspace could not be read or changed: %1</source>
        <translation>Ruang kerja tidak dapat dibaca atau diubah: %1</translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Still lacking:</source>
        <translation>Masih kurang:</translation>
    </message>
    <message>
        <source>Open the wizard for this stage</source>
        <translation>Buka panduan untuk tahap ini</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Belum selesai</translation>
    </message>
</context>
<context>
    <name>SubjectAssessment</name>
    <message>
        <source>Enter the birth date and a measurement date within 60 months of it to see z-scores.</source>
        <translation>Isi tanggal lahir dan tanggal pengukuran (kurang dari 60 bulan sesudahnya) untuk melihat skor-z.</translation>
    </message>
    <message>
        <source>PB/U or TB/U</source>
        <translation>PB/U atau TB/U</translation>
    </message>
    <message>
        <source>BB/U</source>
        <translation>BB/U</translation>
    </message>
    <message>
        <source>BB/PB or BB/TB</source>
        <translation>BB/PB atau BB/TB</translation>
    </message>
    <message>
        <source>IMT/U</source>
        <translation>IMT/U</translation>
    </message>
    <message>
        <source>%1: z = %2 (%3)</source>
        <translation>%1: z = %2 (%3)</translation>
    </message>
    <message>
        <source>No z-score yet: enter sex, weight and length or height.</source>
        <translation>Belum ada skor-z: isi jenis kelamin, berat badan, dan panjang atau tinggi badan.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No risk found in these values.</source>
        <translation>Tidak ditemukan risiko pada nilai-nilai ini.</translation>
    </message>
    <message>
        <source>No measurement or risk answers yet.</source>
        <translation>Belum ada pengukuran atau jawaban faktor risiko.</translation>
    </message>
</context>
<context>
    <name>SubjectBatchWriter</name>
    <message>
        <source>Many rows are stored only inside a transaction.</source>
        <translation>Banyak baris sekaligus hanya disimpan di dalam satu transaksi.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>kg, e.g. 9,8</source>
        <translation>kg, mis. 9,8</translation>
    </message>
    <message>
        <source>cm, e.g. 74,5</source>
        <translation>cm, mis. 74,5</translation>
    </message>
    <message>
        <source>cm, e.g. 23,5</source>
        <translation>cm, mis. 23,5</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>g/dL, e.g. 11,2</source>
        <translation>g/dL, mis. 11,2</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>minggu</translation>
    </message>
    <message>
        <source>Oedema on both feet</source>
        <translation>Edema pada kedua kaki</translation>
    </message>
    <message>
        <source>Register a subject</source>
        <translation>Daftarkan sasaran</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— tidak dicatat —</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation>Kelompok sasaran:</translation>
    </message>
    <message>
        <source>Name: *</source>
        <translation>Nama: *</translation>
    </message>
    <message>
        <source>NIK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Tanggal lahir:</translation>
    </message>
    <message>
        <source>Desa: *</source>
        <translation>Desa: *</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Mother&apos;s name:</source>
        <translation>Nama ibu:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Measured on:</source>
        <translation>Tanggal pengukuran:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Berat badan:</translation>
    </message>
    <message>
        <source>Length/height:</source>
        <translation>Panjang/tinggi badan:</translation>
    </message>
    <message>
        <source>Measured:</source>
        <translation>Cara ukur:</translation>
    </message>
    <message>
        <source>LiLA (MUAC):</source>
        <translation>LiLA:</translation>
    </message>
    <message>
        <source>Head circumference:</source>
        <translation>Lingkar kepala:</translation>
    </message>
    <message>
        <source>Hb:</source>
        <translation>Hb:</translation>
    </message>
    <message>
        <source>Gestational age:</source>
        <translation>Usia kehamilan:</translation>
    </message>
    <message>
        <source>First measurement</source>
        <translation>Pengukuran pertama</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Husband&apos;s name:</source>
        <translation>Nama suami:</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a possible value (%3 to %4).</source>
        <translation>%1 &quot;%2&quot; bukan nilai yang mungkin (%3 s.d. %4).</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat badan</translation>
    </message>
    <message>
        <source>Length/height</source>
        <translation>Panjang/tinggi badan</translation>
    </message>
    <message>
        <source>LiLA</source>
        <translation>LiLA</translation>
    </message>
    <message>
        <source>Head circumference</source>
        <translation>Lingkar kepala</translation>
    </message>
    <message>
        <source>Hb</source>
        <translation>Hb</translation>
    </message>
    <message>
        <source>Gestational age</source>
        <translation>Usia kehamilan</translation>
    </message>
    <message>
        <source>Type the measurement to see the z-scores or risks.</source>
        <translation>Ketik hasil pengukuran untuk melihat skor-z atau risiko.</translation>
    </message>
    <message>
        <source>Please fill in the name.</source>
        <translation>Mohon isi nama.</translation>
    </message>
    <message>
        <source>Please choose the desa.</source>
        <translation>Mohon pilih desa.</translation>
    </message>
    <message>
        <source>Please choose the child&apos;s sex: the z-scores depend on it.</source>
        <translation>Mohon pilih jenis kelamin anak: skor-z bergantung padanya.</translation>
    </message>
    <message>
        <source>The measurement date is before the birth date.</source>
        <translation>Tanggal pengukuran sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>The subject could not be saved; nothing was changed.

%1</source>
        <translation>Sasaran tidak dapat disimpan; tidak ada yang diubah.

%1</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>mis. 2</translation>
    </message>
    <message>
        <source>months since the last birth</source>
        <translation>bulan sejak kelahiran terakhir</translation>
    </message>
    <message>
        <source>visits so far</source>
        <translation>kali sampai saat ini</translation>
    </message>
    <message>
        <source>tablets taken</source>
        <translation>butir yang sudah diminum</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— tidak ditanyakan —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Piped water</source>
        <translation>Air perpipaan (ledeng)</translation>
    </message>
    <message>
        <source>Bottled water</source>
        <translation>Air kemasan</translation>
    </message>
    <message>
        <source>Refill water</source>
        <translation>Air isi ulang</translation>
    </message>
    <message>
        <source>Bore well</source>
        <translation>Sumur bor</translation>
    </message>
    <message>
        <source>Protected well</source>
        <translation>Sumur terlindung</translation>
    </message>
    <message>
        <source>Unprotected well</source>
        <translation>Sumur tidak terlindung</translation>
    </message>
    <message>
        <source>River, lake or rain water</source>
        <translation>Air sungai, danau, atau hujan</translation>
    </message>
    <message>
        <source>Own, with a septic tank</source>
        <translation>Milik sendiri, dengan tangki septik</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Bersama</translation>
    </message>
    <message>
        <source>None (open defecation)</source>
        <translation>Tidak ada (BAB sembarangan)</translation>
    </message>
    <message>
        <source>Exposed to cigarette smoke:</source>
        <translation>Terpapar asap rokok:</translation>
    </message>
    <message>
        <source>Children born:</source>
        <translation>Jumlah anak dilahirkan:</translation>
    </message>
    <message>
        <source>Birth spacing:</source>
        <translation>Jarak kelahiran:</translation>
    </message>
    <message>
        <source>Antenatal visits:</source>
        <translation>Pemeriksaan kehamilan:</translation>
    </message>
    <message>
        <source>Iron-folic tablets:</source>
        <translation>Tablet tambah darah:</translation>
    </message>
    <message>
        <source>Drinking water:</source>
        <translation>Air minum:</translation>
    </message>
    <message>
        <source>Latrine:</source>
        <translation>Jamban:</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Faktor risiko</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a possible value (a whole number from 0 to %3).</source>
        <translation>%1 &quot;%2&quot; bukan nilai yang mungkin (bilangan bulat 0 s.d. %3).</translation>
    </message>
    <message>
        <source>Children born</source>
        <translation>Jumlah anak dilahirkan</translation>
    </message>
    <message>
        <source>Birth spacing</source>
        <translation>Jarak kelahiran</translation>
    </message>
    <message>
        <source>Antenatal visits</source>
        <translation>Pemeriksaan kehamilan</translation>
    </message>
    <message>
        <source>Iron-folic tablets</source>
        <translation>Tablet tambah darah</translation>
    </message>
</context>
<context>
    <name>SubjectRepository</name>
    <message>
        <source>The subject</source>
        <translation>Sasaran</translation>
    </message>
</context>
<context>
    <name>SubjectTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Last measured</source>
        <translation>Pengukuran terakhir</translation>
    </message>
    <message>
        <source>Length/height-for-age z</source>
        <translation>Skor-z PB/U atau TB/U</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>The record to change no longer exists in the workspace.</source>
        <translation>Data yang akan diubah sudah tidak ada di ruang kerja.</translation>
    </message>
</context>
<context>
    <name>TargetGroup</name>
    <message>
        <source>Prospective bride (CATIN)</source>
        <translation>Calon pengantin (CATIN)</translation>
    </message>
    <message>
        <source>Pregnant woman (BUMIL)</source>
        <translation>Ibu hamil (BUMIL)</translation>
    </message>
    <message>
        <source>Postpartum mother (BUFAS)</source>
        <translation>Ibu nifas (BUFAS)</translation>
    </message>
    <message>
        <source>Child under two (BADUTA)</source>
        <translation>Anak bawah dua tahun (BADUTA)</translation>
    </message>
    <message>
        <source>Child under five (BALITA)</source>
        <translation>Anak bawah lima tahun (BALITA)</translation>
    </message>
</context>
<context>
    <name>TeamDraft</name>
    <message>
        <source>No decree number yet</source>
        <translation>Nomor SK belum diisi</translation>
    </message>
    <message>
        <source>No decree date yet</source>
        <translation>Tanggal SK belum diisi</translation>
    </message>
    <message>
        <source>No chair (Ketua) in the team</source>
        <translation>Belum ada Ketua dalam tim</translation>
    </message>
    <message>
        <source>No secretary (Sekretaris) in the team</source>
        <translation>Belum ada Sekretaris dalam tim</translation>
    </message>
    <message>
        <source>No technical team member (Tim Teknis)</source>
        <translation>Belum ada anggota Tim Teknis</translation>
    </message>
    <message>
        <source>No expert (Tim Pakar)</source>
        <translation>Belum ada anggota Tim Pakar</translation>
    </message>
    <message>
        <source>No paediatrician (Sp.A) among the experts</source>
        <translation>Belum ada dokter spesialis anak (Sp.A) di Tim Pakar</translation>
    </message>
    <message>
        <source>No obstetrician (Sp.OG) among the experts</source>
        <translation>Belum ada dokter spesialis kebidanan dan kandungan (Sp.OG) di Tim Pakar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no desa assigned to this TPK member</source>
        <translation>%1: anggota TPK ini belum ditugaskan ke desa</translation>
    </message>
</context>
<context>
    <name>TeamMemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
</context>
<context>
    <name>TeamReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Finish stores the decree and the team. You may finish with something still missing and complete it later.</source>
        <translation>Selesai menyimpan SK dan tim. Anda boleh menyelesaikan walau masih ada yang kurang dan melengkapinya nanti.</translation>
    </message>
    <message>
        <source>Decree number not set yet</source>
        <translation>Nomor SK belum diisi</translation>
    </message>
    <message>
        <source>Decree %1</source>
        <translation>SK %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>The team is complete: this stage will count as done.</source>
        <translation>Tim sudah lengkap: tahap ini akan dihitung selesai.</translation>
    </message>
    <message>
        <source>Still missing before the stage counts as done:</source>
        <translation>Yang masih kurang agar tahap ini selesai:</translation>
    </message>
    <message>
        <source>Worth checking:</source>
        <translation>Perlu diperiksa:</translation>
    </message>
</context>
<context>
    <name>TeamRole</name>
    <message>
        <source>Steering (Pengarah)</source>
        <translation>Pengarah</translation>
    </message>
    <message>
        <source>Chair (Ketua)</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Vice chair (Wakil Ketua)</source>
        <translation>Wakil Ketua</translation>
    </message>
    <message>
        <source>Secretary (Sekretaris)</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <source>Technical team (Tim Teknis)</source>
        <translation>Tim Teknis</translation>
    </message>
    <message>
        <source>Expert (Tim Pakar)</source>
        <translation>Tim Pakar</translation>
    </message>
    <message>
        <source>Family companion team (TPK)</source>
        <translation>Tim Pendamping Keluarga (TPK)</translation>
    </message>
</context>
<context>
    <name>TeamWizard</name>
    <message>
        <source>Team formation — cycle %1 of %2</source>
        <translation>Pembentukan tim — Siklus %1 Tahun %2</translation>
    </message>
    <message>
        <source>Team formation</source>
        <translation>Pembentukan tim</translation>
    </message>
    <message>
        <source>The team could not be saved; nothing was changed.

%1</source>
        <translation>Tim tidak dapat disimpan; tidak ada yang diubah.

%1</translation>
    </message>
    <message>
        <source>Discard the changes to the decree and the team?</source>
        <translation>Buang perubahan pada SK dan tim?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Tuntas</source>
        <translation>Selamat datang di Tuntas</translation>
    </message>
    <message>
        <source>Tuntas keeps your district&apos;s stunting case audit, from the team&apos;s decree to the evaluation of the follow-up plan, in one workspace file on this computer. How would you like to start?</source>
        <translation>Tuntas menyimpan Audit Kasus Stunting kabupaten/kota Anda, dari SK tim hingga evaluasi rencana tindak lanjut, dalam satu berkas ruang kerja di komputer ini. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Buat ruang kerja baru</translation>
    </message>
    <message>
        <source>For your district: Tuntas then asks for the office&apos;s details for the letterhead.</source>
        <translation>Untuk kabupaten/kota Anda: Tuntas lalu menanyakan data dinas untuk kop surat.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>A .tuntas file you or a colleague made before.</source>
        <translation>Berkas .tuntas yang pernah Anda atau rekan Anda buat.</translation>
    </message>
    <message>
        <source>Try the demonstration workspace</source>
        <translation>Coba ruang kerja demonstrasi</translation>
    </message>
    <message>
        <source>An invented district with a finished cycle and one in progress, to explore safely.</source>
        <translation>Kabupaten rekaan dengan satu siklus selesai dan satu siklus berjalan, untuk dijelajahi dengan aman.</translation>
    </message>
</context>
<context>
    <name>WorksheetDocument</name>
    <message>
        <source>Stunting case audit worksheet</source>
        <extracomment>The official title: &quot;Kertas Kerja Audit Kasus Stunting&quot;.</extracomment>
        <translation>Kertas Kerja Audit Kasus Stunting</translation>
    </message>
    <message>
        <source>Blank audit worksheet (KKA), %1</source>
        <translation>Kertas kerja audit (KKA) kosong, %1</translation>
    </message>
    <message>
        <source>Blank audit worksheets (KKA)</source>
        <translation>Kertas kerja audit (KKA) kosong</translation>
    </message>
    <message>
        <source>The workspace has no worksheet items for %1, so its worksheet cannot be printed. Add them under the reference data first.</source>
        <translation>Ruang kerja tidak memiliki butir KKA untuk %1 sehingga KKA-nya tidak dapat dicetak. Tambahkan dahulu butir tersebut pada data acuan.</translation>
    </message>
    <message>
        <source>Target group: %1</source>
        <translation>Kelompok sasaran: %1</translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>Edisi %1</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Desa/kelurahan</translation>
    </message>
    <message>
        <source>Audit date</source>
        <translation>Tanggal audit</translation>
    </message>
    <message>
        <source>Fill in during the home visit. Write each answer and where it was found (Buku KIA, register, interview, measurement); the small print under an item says what it means.</source>
        <translation>Diisi pada saat kunjungan rumah. Tuliskan setiap jawaban beserta sumbernya (Buku KIA, register, wawancara, pengukuran); tulisan kecil di bawah setiap butir menjelaskan maksud butir tersebut.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <source>Usually: %1</source>
        <translation>Lazimnya: %1</translation>
    </message>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
    <message>
        <source>Filled in by
Technical team (Tim Teknis)</source>
        <translation>Diisi oleh
Tim Teknis</translation>
    </message>
    <message>
        <source>Reviewed by
Expert (Tim Pakar)</source>
        <translation>Dikaji oleh
Tim Pakar</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <source>Computed by Tuntas</source>
        <translation>Dihitung oleh Tuntas</translation>
    </message>
    <message>
        <source>Audit worksheet (KKA)</source>
        <translation>Kertas kerja audit (KKA)</translation>
    </message>
    <message>
        <source>Internal worksheet of case %1. Answers marked &quot;Computed by Tuntas&quot; come from the latest measurement and risk answers; check and change them where needed.</source>
        <translation>Kertas kerja internal kasus %1. Jawaban bertanda &quot;Dihitung oleh Tuntas&quot; berasal dari pengukuran terakhir dan jawaban faktor risiko; periksa dan ubah bila perlu.</translation>
    </message>
    <message>
        <source>Puskesmas:</source>
        <translation>Puskesmas:</translation>
    </message>
    <message>
        <source>Audit date:</source>
        <translation>Tanggal audit:</translation>
    </message>
    <message>
        <source>Worksheet header</source>
        <translation>Identitas kertas kerja</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=3&gt;&lt;tr&gt;&lt;td&gt;Kabupaten/kota:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Audit number:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt; (case %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Kecamatan:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Desa:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Name (internal):&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=3&gt;&lt;tr&gt;&lt;td&gt;Kabupaten/kota:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nomor urut audit:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt; (kasus %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Kecamatan:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Desa:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nama (internal):&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>belum dipilih</translation>
    </message>
    <message>
        <source>%1

Usual source: %2</source>
        <translation>%1

Sumber data yang lazim: %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>tidak disebutkan</translation>
    </message>
</context>
<context>
    <name>WorksheetPrefill</name>
    <message>
        <source>z = %1 (%2)</source>
        <translation>z = %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 visits</source>
        <translation>%1 kali</translation>
    </message>
    <message>
        <source>%1 tablets</source>
        <translation>%1 butir</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Yes, a household member smokes</source>
        <translation>Ya, ada anggota rumah tangga yang merokok</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>proper</source>
        <translation>layak</translation>
    </message>
    <message>
        <source>not proper</source>
        <translation>tidak layak</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace could not be changed: %1</source>
        <translation>Ruang kerja tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Driver SQLite untuk Qt belum terpasang (paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened: %2</source>
        <translation>Ruang kerja %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Tuntas never overwrites a file.</source>
        <translation>%1 sudah ada. Pilih nama lain; Tuntas tidak pernah menimpa berkas.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose a folder of your own, such as Documents.</source>
        <translation>Folder %1 tidak dapat ditulisi. Pilih folder milik Anda sendiri, misalnya Dokumen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be read. Check that it is a file and that you may open it.</source>
        <translation>%1 tidak dapat dibaca. Pastikan itu sebuah berkas dan Anda berhak membukanya.</translation>
    </message>
    <message>
        <source>%1 is not a Tuntas workspace.</source>
        <translation>%1 bukan ruang kerja Tuntas.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Tuntas (format %2; this program reads up to format %3). Update Tuntas to open it; the file has not been changed.</source>
        <translation>%1 dibuat oleh Tuntas versi yang lebih baru (format %2; program ini membaca sampai format %3). Perbarui Tuntas untuk membukanya; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1 is read-only, or its folder is. Copy it to a folder of your own (such as Documents) and open the copy.</source>
        <translation>%1 atau foldernya hanya dapat dibaca. Salin ke folder milik Anda sendiri (misalnya Dokumen) lalu buka salinannya.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. Restore a backup; the file has not been changed.</source>
        <translation>%1 rusak dan tidak dapat dibuka. Pulihkan dari cadangan; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1 is in use by another program or another Tuntas window. Close it there and try again.</source>
        <translation>%1 sedang dipakai program lain atau jendela Tuntas lain. Tutup di sana lalu coba lagi.</translation>
    </message>
    <message>
        <source>Updating the workspace to format %1 failed: %2</source>
        <translation>Pembaruan ruang kerja ke format %1 gagal: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Baris %1 pada tabel %2 merujuk ke baris tabel %3 yang tidak ada.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). Restore a backup; the file has not been changed.</source>
        <translation>%1 rusak dan tidak dapat dibuka (%2). Pulihkan dari cadangan; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1 is in an older format (%2; this program: %3). Open it once in Tuntas to update it; the file has not been changed.</source>
        <translation>%1 memakai format lama (%2; program ini: %3). Buka sekali di Tuntas untuk memperbaruinya; berkas tidak diubah.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>The workspace file.</source>
        <translation>Berkas ruang kerja.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>%1 is already open in another Tuntas window (process %2 on %3). Close it there first.</source>
        <translation>%1 sudah terbuka di jendela Tuntas lain (proses %2 di %3). Tutup dahulu di sana.</translation>
    </message>
    <message>
        <source>Tuntas cannot create %1.lock beside the workspace. Check that the folder can be written to.</source>
        <translation>Tuntas tidak dapat membuat %1.lock di samping ruang kerja. Pastikan folder itu dapat ditulisi.</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>The file is damaged or incomplete: its contents cannot be unpacked. Copy or download it again, or open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>Berkas rusak atau tidak lengkap: isinya tidak dapat diekstrak. Salin atau unduh lagi, atau buka di Excel atau LibreOffice, lalu simpan lagi sebagai .xlsx.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The workbook is protected with a password, so it cannot be read. Open it in Excel, remove the password (File, Info, Protect Workbook, Encrypt with Password, and clear it), save it, and import it again; or save it as CSV.</source>
        <translation>Buku kerja dilindungi kata sandi sehingga tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File, Info, Protect Workbook, Encrypt with Password, lalu kosongkan), simpan, lalu impor lagi; atau simpan sebagai CSV.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV, then import that file.</source>
        <translation>Ini buku kerja Excel 97-2003 lama (.xls) yang tidak dapat dibaca. Buka di Excel atau LibreOffice, simpan sebagai Buku Kerja Excel (.xlsx) atau CSV, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx). If it is a CSV or text file, give it the .csv extension and import it as CSV; otherwise open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>Berkas ini bukan buku kerja Excel (.xlsx). Jika berkas ini CSV atau berkas teks, beri ekstensi .csv dan impor sebagai CSV; jika bukan, buka di Excel atau LibreOffice, lalu simpan sebagai .xlsx.</translation>
    </message>
    <message>
        <source>The first sheet, &quot;%1&quot;, is not a worksheet (it is a chart or another kind of sheet). Move the sheet with the data to the first place, save, and import again.</source>
        <translation>Lembar pertama, &quot;%1&quot;, bukan lembar kerja (melainkan bagan atau jenis lembar lain). Pindahkan lembar yang berisi data ke urutan pertama, simpan, lalu impor lagi.</translation>
    </message>
    <message>
        <source>the part of its first sheet, &quot;%1&quot;, is missing</source>
        <translation>bagian berkas untuk lembar pertamanya, &quot;%1&quot;, tidak ada</translation>
    </message>
    <message>
        <source>The first worksheet, &quot;%1&quot;, is empty. Put the data on the first sheet (the leftmost tab), or save the sheet with the data as CSV, and import again.</source>
        <translation>Lembar kerja pertama, &quot;%1&quot;, kosong. Letakkan data di lembar pertama (tab paling kiri), atau simpan lembar yang berisi data sebagai CSV, lalu impor lagi.</translation>
    </message>
</context>
<context>
    <name>XlsxSharedStrings</name>
    <message>
        <source>more than %L1 texts</source>
        <translation>lebih dari %L1 teks</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>row number &quot;%1&quot; is not valid</source>
        <translation>nomor baris &quot;%1&quot; tidak sah</translation>
    </message>
    <message>
        <source>more than %L1 rows</source>
        <translation>lebih dari %L1 baris</translation>
    </message>
    <message>
        <source>The worksheet is too large to import (more than %L1 cells). Split it into smaller files.</source>
        <translation>Lembar kerja terlalu besar untuk diimpor (lebih dari %L1 sel). Pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>row %1: cell reference &quot;%2&quot; is not valid</source>
        <translation>baris %1: referensi sel &quot;%2&quot; tidak sah</translation>
    </message>
    <message>
        <source>row %1 has more than %L2 columns</source>
        <translation>baris %1 memiliki lebih dari %L2 kolom</translation>
    </message>
    <message>
        <source>row %1 names a text that is not in the file</source>
        <translation>baris %1 merujuk ke teks yang tidak ada di berkas</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>the file cannot be created (error %1)</source>
        <translation>berkas tidak dapat dibuat (kesalahan %1)</translation>
    </message>
    <message>
        <source>writing failed; is the disk full?</source>
        <translation>penulisan gagal; apakah disk penuh?</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The file is a zip archive but not an Excel workbook (.xlsx). Choose the workbook itself, or a CSV file.</source>
        <translation>Berkas ini arsip zip, tetapi bukan buku kerja Excel (.xlsx). Pilih berkas buku kerjanya sendiri, atau berkas CSV.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet. Open it in Excel or LibreOffice and check that it holds the data.</source>
        <translation>Buku kerja tidak memiliki lembar kerja. Buka di Excel atau LibreOffice dan periksa apakah datanya ada di sana.</translation>
    </message>
</context>
<context>
    <name>XlsxWorksheet</name>
    <message>
        <source>%1 rows do not fit in one Excel sheet; export to CSV instead</source>
        <translation>%1 baris tidak muat dalam satu lembar Excel; ekspor ke CSV saja</translation>
    </message>
    <message>
        <source>%1 columns do not fit in one Excel sheet; export to CSV instead</source>
        <translation>%1 kolom tidak muat dalam satu lembar Excel; ekspor ke CSV saja</translation>
    </message>
    <message>
        <source>the text in row %1, column &quot;%2&quot; is longer than the 32,767 characters an Excel cell can hold; export to CSV instead</source>
        <translation>teks pada baris %1, kolom &quot;%2&quot; lebih panjang dari batas 32.767 karakter sel Excel; ekspor ke CSV saja</translation>
    </message>
</context>
<context>
    <name>XlsxXml</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>at byte %1: %2</source>
        <translation>pada byte %1: %2</translation>
    </message>
    <message>
        <source>The file is damaged: its part %1 cannot be read (%2). Open the file in Excel or LibreOffice, save it again as .xlsx and import that copy.</source>
        <translation>Berkas rusak: bagiannya, %1, tidak dapat dibaca (%2). Buka berkas di Excel atau LibreOffice, simpan lagi sebagai .xlsx, lalu impor salinan itu.</translation>
    </message>
</context>
<context>
    <name>XmlPullReader</name>
    <message>
        <source>a tag or text longer than %L1 bytes</source>
        <translation>tag atau teks lebih panjang dari %L1 byte</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>tidak ada elemen akar</translation>
    </message>
    <message>
        <source>the part ends too early</source>
        <translation>bagian berakhir terlalu cepat</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>teks di luar elemen akar</translation>
    </message>
    <message>
        <source>document type declarations are not allowed</source>
        <translation>deklarasi tipe dokumen tidak diizinkan</translation>
    </message>
    <message>
        <source>an element name is missing</source>
        <translation>nama elemen tidak ada</translation>
    </message>
    <message>
        <source>&apos;&gt;&apos; expected after &apos;/&apos;</source>
        <translation>&apos;&gt;&apos; diharapkan setelah &apos;/&apos;</translation>
    </message>
    <message>
        <source>an attribute is not written as name=&quot;value&quot;</source>
        <translation>atribut tidak ditulis sebagai nama=&quot;nilai&quot;</translation>
    </message>
    <message>
        <source>an attribute value is not in quotes</source>
        <translation>nilai atribut tidak diapit tanda kutip</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in an attribute value</source>
        <translation>&apos;&lt;&apos; di dalam nilai atribut</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>elemen akar kedua</translation>
    </message>
    <message>
        <source>elements nested more than %1 deep</source>
        <translation>elemen bersarang lebih dari %1 tingkat</translation>
    </message>
    <message>
        <source>&apos;&gt;&apos; expected</source>
        <translation>&apos;&gt;&apos; diharapkan</translation>
    </message>
    <message>
        <source>an end tag without its start tag</source>
        <translation>tag penutup tanpa tag pembukanya</translation>
    </message>
    <message>
        <source>&lt;/%1&gt; ends &lt;%2&gt;</source>
        <translation>&lt;/%1&gt; menutup &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; that does not start a reference</source>
        <translation>&apos;&amp;&apos; yang tidak mengawali referensi</translation>
    </message>
    <message>
        <source>character reference &amp;%1; is not valid</source>
        <translation>referensi karakter &amp;%1; tidak sah</translation>
    </message>
    <message>
        <source>unknown reference &amp;%1;</source>
        <translation>referensi &amp;%1; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>ZScoreCsv</name>
    <message>
        <source>The file is empty: it needs a header line with column names such as sex, age, weight and lenhei.</source>
        <translation>Berkas kosong: berkas memerlukan baris judul dengan nama kolom seperti sex, age, weight, dan lenhei.</translation>
    </message>
    <message>
        <source>No column named sex or age was found in the header; is this the right file?</source>
        <translation>Tidak ada kolom bernama sex atau age di baris judul; apakah ini berkas yang benar?</translation>
    </message>
</context>
<context>
    <name>ZScoreExplanation</name>
    <message>
        <source>Length/height-for-age (PB/U, TB/U)</source>
        <translation>Panjang/tinggi badan menurut umur (PB/U, TB/U)</translation>
    </message>
    <message>
        <source>Weight-for-age (BB/U)</source>
        <translation>Berat badan menurut umur (BB/U)</translation>
    </message>
    <message>
        <source>Weight-for-length/height (BB/PB, BB/TB)</source>
        <translation>Berat badan menurut panjang/tinggi badan (BB/PB, BB/TB)</translation>
    </message>
    <message>
        <source>BMI-for-age (IMT/U)</source>
        <translation>Indeks massa tubuh menurut umur (IMT/U)</translation>
    </message>
    <message>
        <source>Head circumference-for-age</source>
        <translation>Lingkar kepala menurut umur</translation>
    </message>
    <message>
        <source>Arm circumference-for-age</source>
        <translation>Lingkar lengan atas menurut umur</translation>
    </message>
    <message>
        <source>Triceps skinfold-for-age</source>
        <translation>Tebal lipatan kulit trisep menurut umur</translation>
    </message>
    <message>
        <source>Subscapular skinfold-for-age</source>
        <translation>Tebal lipatan kulit subskapula menurut umur</translation>
    </message>
    <message>
        <source>Age: unknown</source>
        <translation>Umur: tidak diketahui</translation>
    </message>
    <message>
        <source>Age: %1 days (%2 months)</source>
        <translation>Umur: %1 hari (%2 bulan)</translation>
    </message>
    <message>
        <source>Length/height used: %1 cm</source>
        <translation>Panjang/tinggi yang dipakai: %1 cm</translation>
    </message>
    <message>
        <source>(measured standing, %1 cm added)</source>
        <translation>(diukur berdiri, ditambah %1 cm)</translation>
    </message>
    <message>
        <source>(measured lying, %1 cm subtracted)</source>
        <translation>(diukur terlentang, dikurangi %1 cm)</translation>
    </message>
    <message>
        <source>Measured standing before 9 months: the position is set aside</source>
        <translation>Diukur berdiri sebelum umur 9 bulan: cara ukur diabaikan</translation>
    </message>
    <message>
        <source>Table: weight-for-length (45 to 110 cm)</source>
        <translation>Tabel: berat badan menurut panjang badan (45 s.d. 110 cm)</translation>
    </message>
    <message>
        <source>Table: weight-for-height (65 to 120 cm)</source>
        <translation>Tabel: berat badan menurut tinggi badan (65 s.d. 120 cm)</translation>
    </message>
    <message>
        <source>Value used: %1</source>
        <translation>Nilai yang dipakai: %1</translation>
    </message>
    <message>
        <source>L = %1, M = %2, S = %3</source>
        <translation>L = %1, M = %2, S = %3</translation>
    </message>
    <message>
        <source>No z-score: a value is missing, out of the table&apos;s range, or excluded (oedema, age 60 months or more)</source>
        <translation>Tidak ada skor-z: ada nilai yang kosong, di luar rentang tabel, atau dikecualikan (edema, umur 60 bulan atau lebih)</translation>
    </message>
    <message>
        <source>Formula: z = ((y/M)^L - 1) / (S L)</source>
        <translation>Rumus: z = ((y/M)^L - 1) / (S L)</translation>
    </message>
    <message>
        <source>Formula: z = ((y/M)^L - 1) / (S L), within ±3 SD</source>
        <translation>Rumus: z = ((y/M)^L - 1) / (S L), di dalam ±3 SD</translation>
    </message>
    <message>
        <source>Formula: above +3 SD, measured in units of the gap between +2 and +3 SD</source>
        <translation>Rumus: di atas +3 SD, diukur dalam satuan jarak antara +2 dan +3 SD</translation>
    </message>
    <message>
        <source>Formula: below -3 SD, measured in units of the gap between -2 and -3 SD</source>
        <translation>Rumus: di bawah -3 SD, diukur dalam satuan jarak antara -2 dan -3 SD</translation>
    </message>
    <message>
        <source>z = %1 (unrounded %2)</source>
        <translation>z = %1 (sebelum dibulatkan %2)</translation>
    </message>
    <message>
        <source>Flagged as implausible by WHO&apos;s rules: check the measurement</source>
        <translation>Ditandai tidak wajar menurut aturan WHO: periksa pengukuran</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Tidak ditandai</translation>
    </message>
    <message>
        <source>Height-for-age (TB/U)</source>
        <translation>Tinggi badan menurut umur (TB/U)</translation>
    </message>
    <message>
        <source>Standard: WHO Reference 2007 (5 to 19 years)</source>
        <translation>Standar: Referensi WHO 2007 (5 s.d. 19 tahun)</translation>
    </message>
    <message>
        <source>Age: %1 months (L, M and S interpolated between months %2 and %3)</source>
        <translation>Umur: %1 bulan (L, M, dan S diinterpolasi antara bulan ke-%2 dan ke-%3)</translation>
    </message>
    <message>
        <source>Age: %1 months</source>
        <translation>Umur: %1 bulan</translation>
    </message>
    <message>
        <source>No z-score: a value is missing, out of the table&apos;s range (60 to 228 months; weight-for-age to 120 months), or excluded (oedema)</source>
        <translation>Tidak ada skor-z: ada nilai yang kosong, di luar rentang tabel (60 s.d. 228 bulan; berat badan menurut umur sampai 120 bulan), atau dikecualikan (edema)</translation>
    </message>
</context>
<context>
    <name>ZScoreRows</name>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; bukan angka</translation>
    </message>
    <message>
        <source>age %1 is negative</source>
        <translation>umur %1 bernilai negatif</translation>
    </message>
    <message>
        <source>sex &apos;%1&apos; is not 1/2, m/f or L/P</source>
        <translation>jenis kelamin &apos;%1&apos; bukan 1/2, m/f, atau L/P</translation>
    </message>
    <message>
        <source>oedema &apos;%1&apos; is not n or y</source>
        <translation>edema &apos;%1&apos; bukan n atau y</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 kolom, padahal baris judul memiliki %2</translation>
    </message>
    <message>
        <source>measure &apos;%1&apos; is not L or H</source>
        <translation>cara ukur &apos;%1&apos; bukan L atau H</translation>
    </message>
    <message>
        <source>line %1: %2; written with NA</source>
        <translation>baris %1: %2; ditulis sebagai NA</translation>
    </message>
</context>
<context>
    <name>ZscoreCommand</name>
    <message>
        <source>Input columns (header names; absent columns count as missing): sex (1/2, m/f, L/P), age (days), weight (kg), lenhei (cm), measure (L/H, terlentang/berdiri), oedema (n/y), headc, armc (cm), triskin, subskin (mm). With --standard who2007: sex, age (months), height, weight, oedema. The delimiter (comma, semicolon, tab) and a decimal comma are detected; the output keeps them. Rows that cannot be read are reported on stderr with their line number and written with NA.</source>
        <translation>Kolom masukan (nama pada baris judul; kolom yang tidak ada dianggap kosong): sex (1/2, m/f, L/P), age (hari), weight (kg), lenhei (cm), measure (L/H, terlentang/berdiri), oedema (n/y), headc, armc (cm), triskin, subskin (mm). Dengan --standard who2007: sex, age (bulan), height, weight, oedema. Pemisah kolom (koma, titik koma, tab) dan koma desimal dikenali otomatis dan dipertahankan pada keluaran. Baris yang tidak terbaca dilaporkan di stderr beserta nomor barisnya dan ditulis sebagai NA.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Berkas CSV yang dibaca.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Tulis ke BERKAS, bukan ke keluaran standar.</translation>
    </message>
    <message>
        <source>The age column is in months, not days (WHO 2006).</source>
        <translation>Kolom umur dalam bulan, bukan hari (WHO 2006).</translation>
    </message>
    <message>
        <source>who2006 (0-5 years, the default) or who2007 (5-19 years).</source>
        <translation>who2006 (0-5 tahun, bawaan) atau who2007 (5-19 tahun).</translation>
    </message>
    <message>
        <source>unknown standard &apos;%1&apos;; use who2006 or who2007.</source>
        <translation>standar &apos;%1&apos; tidak dikenal; gunakan who2006 atau who2007.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Compute WHO z-scores for a CSV file of children, like WHO&apos;s anthro_zscores.</source>
        <translation>Menghitung skor-z WHO untuk berkas CSV berisi data anak, seperti anthro_zscores dari WHO.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: tuntas-cli COMMAND [OPTIONS] ...</source>
        <translation>Penggunaan: tuntas-cli PERINTAH [OPSI] ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>&apos;tuntas-cli COMMAND --help&apos; describes a command.</source>
        <translation>&apos;tuntas-cli PERINTAH --help&apos; menjelaskan sebuah perintah.</translation>
    </message>
    <message>
        <source>tuntas-cli: unknown command &apos;%1&apos;.</source>
        <translation>tuntas-cli: perintah &apos;%1&apos; tidak dikenal.</translation>
    </message>
</context>
</TS>
