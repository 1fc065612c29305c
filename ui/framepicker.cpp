// SPDX-License-Identifier: MIT
#include "framepicker.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {

const QSize ThumbnailSize(128, 72);

bool isPictureFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("jpg") ||
           suffix == QLatin1String("jpeg") || suffix == QLatin1String("webp");
}

} // namespace

FramePicker::FramePicker(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setAcceptDrops(true);
    const bool first = kind == Kind::First;
    m_thumbnail = new QLabel(this);
    m_thumbnail->setFixedSize(ThumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setAccessibleName(first ? tr("First frame picture") : tr("Last frame picture"));
    m_name = new QLabel(this);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_check = new QLabel(this);
    m_check->setWordWrap(true);

    m_choose = new QPushButton(first ? tr("C&hoose...") : tr("Choo&se..."), this);
    m_choose->setToolTip(tr("A PNG, JPEG or WebP picture; you can also drop one here"));
    m_paste = new QPushButton(tr("Paste"), this);
    m_paste->setToolTip(tr("The picture on the clipboard"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_choose->setAccessibleName(first ? tr("Choose first frame") : tr("Choose last frame"));
    m_paste->setAccessibleName(first ? tr("Paste first frame") : tr("Paste last frame"));
    m_clear->setAccessibleName(first ? tr("Clear first frame") : tr("Clear last frame"));
    auto *buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_choose, 0, 0);
    buttons->addWidget(m_paste, 0, 1);
    buttons->addWidget(m_clear, 0, 2);
    if (first) {
        m_previous = new QPushButton(tr("From the Previous Shot"), this);
        m_previous->setToolTip(tr("The last frame of the previous shot's circled take"));
        m_previous->setAccessibleName(tr("First frame from the previous shot's circled take"));
        buttons->addWidget(m_previous, 1, 0, 1, 3);
        connect(m_previous, &QPushButton::clicked, this, &FramePicker::fromPreviousRequested);
    }
    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_name);
    text->addWidget(m_check);
    text->addStretch();
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_thumbnail, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &FramePicker::choose);
    connect(m_paste, &QPushButton::clicked, this, &FramePicker::paste);
    connect(m_clear, &QPushButton::clicked, this, &FramePicker::clearRequested);
}

void FramePicker::showPicture(const QString &picturePath, const QString &displayName,
                              const QString &shotSize, const QString &note, bool enabled)
{
    m_enabled = enabled;
    const bool first = m_kind == Kind::First;
    for (QPushButton *button : {m_choose, m_paste, m_previous})
        if (button)
            button->setEnabled(enabled);
    m_clear->setEnabled(enabled && !displayName.isEmpty());
    // The inspector refreshes on every edit: read the picture again only when it changed.
    const QFileInfo file(picturePath);
    const QString shown =
        QStringList{picturePath, displayName, shotSize, note,
                    file.exists() ? file.lastModified().toString(Qt::ISODateWithMs) : QString()}
            .join(QChar(0x1f));
    if (shown == m_shown)
        return;
    m_shown = shown;
    m_name->setText(displayName.isEmpty()
                        ? (first ? tr("None: the model chooses how the clip begins.")
                                 : tr("None: the model chooses how the clip ends."))
                        : displayName);
    m_thumbnail->clear();
    m_thumbnail->setText(displayName.isEmpty() ? tr("no picture") : QString());
    m_check->clear();
    if (!note.isEmpty())
        m_check->setText(note);
    if (picturePath.isEmpty())
        return;
    QImageReader reader(picturePath);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid()) {
        m_check->setText(tr("⚠ The picture cannot be read: %1").arg(reader.errorString()));
        return;
    }
    // Only what the thumbnail needs is decoded.
    reader.setScaledSize(size.scaled(ThumbnailSize, Qt::KeepAspectRatio));
    const QImage thumbnail = reader.read();
    if (!thumbnail.isNull())
        m_thumbnail->setPixmap(QPixmap::fromImage(thumbnail));
    if (!note.isEmpty())
        return;
    const QString actual = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    m_check->setText(actual == shotSize
                         ? tr("✓ %1, matches the clip size").arg(actual)
                         : tr("⚠ %1 does not match the clip size %2: choose it again to crop or "
                              "scale it.")
                               .arg(actual, shotSize));
}

QString FramePicker::checkText() const
{
    return m_check->text();
}

void FramePicker::showProblem(const QString &text)
{
    m_check->setText(QStringLiteral("⚠ ") + text);
    m_shown.clear(); // the next refresh shows the picture's own check again
}

void FramePicker::choose()
{
    const QString path = QFileDialog::getOpenFileName(
        this, m_kind == Kind::First ? tr("Choose First Frame") : tr("Choose Last Frame"), {},
        tr("Pictures (*.png *.jpg *.jpeg *.webp)"));
    if (!path.isEmpty())
        Q_EMIT fileChosen(path);
}

void FramePicker::paste()
{
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) {
        showProblem(tr("The clipboard holds no picture."));
        return;
    }
    Q_EMIT imagePasted(image);
}

void FramePicker::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const bool file = mime->hasUrls() && mime->urls().size() == 1 &&
                      mime->urls().first().isLocalFile() &&
                      isPictureFile(mime->urls().first().toLocalFile());
    if (m_enabled && (file || mime->hasImage()))
        event->acceptProposedAction();
}

void FramePicker::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        Q_EMIT fileChosen(mime->urls().first().toLocalFile());
    } else if (mime->hasImage()) {
        Q_EMIT imagePasted(qvariant_cast<QImage>(mime->imageData()));
    } else {
        return;
    }
    event->acceptProposedAction();
}

} // namespace ShotBrief
