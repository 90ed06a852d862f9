#pragma once

#include <QFile>
#include <QString>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

// Marks a file immutable (chattr +i) for this object's lifetime. Unlike permission bits, the
// attribute refuses writes to root too, so read-only files can be tested when tests run as root.
// It needs a file system with the attribute (ext4, xfs, btrfs) and CAP_LINUX_IMMUTABLE; ok()
// says whether it was set, why() why not.
class ImmutableFile {
public:
    explicit ImmutableFile(const QString &path) : m_path(path) { m_ok = set(true); }
    ~ImmutableFile()
    {
        if (m_ok)
            set(false);
    }
    ImmutableFile(const ImmutableFile &) = delete;
    ImmutableFile &operator=(const ImmutableFile &) = delete;

    bool ok() const { return m_ok; }
    QString why() const { return m_why; }

private:
    bool set(bool on)
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY);
        if (fd < 0) {
            m_why = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        int flags = 0;
        bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (done) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        if (!done)
            m_why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return done;
    }

    QString m_path;
    bool m_ok = false;
    QString m_why;
};
