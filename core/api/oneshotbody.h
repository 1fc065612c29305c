// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace ShotBrief {

/// A request body that can be read once. Qt 6.4's HTTP/1 channel silently resends a request
/// whose connection closed before any answer, which for a create could start (and bill) a
/// second job; a body that refuses reset() turns that resend into ContentReSendError, and the
/// caller reconciles instead. Shared by every adapter that creates paid jobs.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return m_offset == 0; }
    bool atEnd() const override { return m_offset >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
        if (count <= 0)
            return m_offset >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace ShotBrief
