// SPDX-License-Identifier: MIT
#include "continuityreportdialog.h"

#include "document/projectdocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <thread>

namespace ShotBrief {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    // Columns follow their contents and the last one takes the room left, whatever the rows
    // (resizeColumnsToContents() after filling left a narrow table with a blank band).
    for (int column = 0; column + 1 < headers.size(); ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    table->setAccessibleName(name);
    return table;
}

QTableWidgetItem *item(const QString &text, const QString &shotId = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setData(Qt::UserRole, shotId);
    return cell;
}

QTableWidgetItem *number(double value)
{
    auto *cell =
        new QTableWidgetItem(value < 0 ? QStringLiteral("–") : QString::number(value, 'f', 1));
    cell->setData(Qt::UserRole + 1, value);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

constexpr QSize SwatchSize(64, 14);

/// A strip of the clip's dominant colours, as wide as their shares.
QIcon swatches(const QList<DominantColor> &colors)
{
    QPixmap pixmap(SwatchSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    double x = 0;
    for (const DominantColor &color : colors) {
        const double width = color.share * pixmap.width();
        painter.fillRect(QRectF(x, 0, width + 0.5, pixmap.height()), QColor(color.rgb));
        x += width;
    }
    return QIcon(pixmap);
}

} // namespace

ContinuityReportDialog::ContinuityReportDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Continuity Report"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *cutsLabel = new QLabel(tr("&Cuts, worst first: the difference between the last frame "
                                    "before the cut and the first frame after it (0-255; under "
                                    "%1 is continuous)")
                                     .arg(ContinuousCutThreshold),
                                 this);
    cutsLabel->setWordWrap(true);
    m_cuts = makeTable({tr("From"), tr("To"), tr("Difference"), tr("Cut")}, tr("Cuts"), this);
    cutsLabel->setBuddy(m_cuts);
    auto *clipsLabel = new QLabel(tr("C&lips, worst first: how far the clip's dominant colours "
                                     "are from the shot's palette (mean CIEDE2000; under 10 "
                                     "reads as the same colours)"),
                                  this);
    clipsLabel->setWordWrap(true);
    m_clips = makeTable({tr("Shot"), tr("Distance"), tr("Dominant colours")}, tr("Clips"), this);
    m_clips->setIconSize(SwatchSize); // the strip at its own size, not a 16-pixel speck
    clipsLabel->setBuddy(m_clips);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refresh = m_buttons->addButton(tr("&Measure Again"), QDialogButtonBox::ActionRole);
    connect(m_refresh, &QPushButton::clicked, this, &ContinuityReportDialog::measure);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QTableWidget *table : {m_cuts, m_clips}) {
        connect(table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *activated) {
            const QString shotId =
                activated->tableWidget()->item(activated->row(), 0)->data(Qt::UserRole).toString();
            if (!shotId.isEmpty())
                Q_EMIT shotActivated(shotId);
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(cutsLabel);
    layout->addWidget(m_cuts, 3);
    layout->addWidget(clipsLabel);
    layout->addWidget(m_clips, 2);
    layout->addWidget(m_buttons);
    resize(680, 560);
    measure();
}

ContinuityReportDialog::~ContinuityReportDialog()
{
    ++m_generation; // a measure still running reports to nobody
}

void ContinuityReportDialog::measure()
{
    if (m_document->filePath().isEmpty()) {
        m_status->setText(tr("Save the project and generate takes first: the report measures "
                             "the circled clips in its media folder."));
        return;
    }
    m_measuring = true;
    m_refresh->setEnabled(false);
    int clips = 0;
    for (const Shot &shot : m_document->project().shots)
        clips += shot.circledTake() ? 1 : 0;
    m_status->setText(tr("Measuring %n circled clip(s)…", nullptr, clips));
    // ffmpeg runs a few times per clip: off the window's thread, so the window stays live.
    const Project project = m_document->project();
    const QString path = m_document->filePath();
    const quint64 generation = ++m_generation;
    QPointer<ContinuityReportDialog> self(this);
    std::thread([self, project, path, generation] {
        auto report = std::make_shared<ContinuityReport>(ContinuityReport::measure(project, path));
        QMetaObject::invokeMethod(
            qApp,
            [self, report, generation] {
                if (self && self->m_generation == generation)
                    self->showReport(*report);
            },
            Qt::QueuedConnection);
    }).detach();
}

void ContinuityReportDialog::showReport(const ContinuityReport &report)
{
    m_report = report;
    m_measuring = false;
    m_refresh->setEnabled(true);
    const Project &project = m_document->project();
    m_cuts->setRowCount(0);
    for (const CutContinuity &cut : report.cuts) {
        const int row = m_cuts->rowCount();
        m_cuts->insertRow(row);
        m_cuts->setItem(row, 0, item(cut.outgoingName, cut.incomingShotId));
        m_cuts->setItem(row, 1, item(cut.incomingName, cut.incomingShotId));
        m_cuts->setItem(row, 2, number(cut.meanAbsoluteDifference));
        QString state = cut.isContinuous() ? tr("continuous") : tr("jump");
        if (cut.chained)
            state = cut.isContinuous()
                        ? tr("chained, continuous")
                        : tr("chained, but jumps: generate %1 again").arg(cut.incomingName);
        m_cuts->setItem(row, 3, item(state));
    }
    m_clips->setRowCount(0);
    for (const ClipColors &clip : report.clips) {
        const int row = m_clips->rowCount();
        m_clips->insertRow(row);
        m_clips->setItem(row, 0, item(clip.name, clip.shotId));
        m_clips->setItem(row, 1, number(clip.paletteDistance));
        QStringList names;
        for (const DominantColor &color : clip.dominant)
            names << QStringLiteral("%1 %2%")
                         .arg(QColor(color.rgb).name())
                         .arg(qRound(color.share * 100));
        auto *colors = item(names.join(QStringLiteral(", ")));
        colors->setIcon(swatches(clip.dominant));
        colors->setToolTip(colors->text()); // the column may elide it
        m_clips->setItem(row, 2, colors);
    }
    QString status = tr("%n cut(s) and %1 clip(s) measured.", nullptr, int(report.cuts.size()))
                         .arg(report.clips.size());
    if (!report.notMeasured.isEmpty())
        status += QLatin1Char(' ') +
                  tr("Not measured: %1").arg(report.notMeasured.join(QStringLiteral(" ")));
    if (report.cuts.isEmpty() && project.shots.size() > 1)
        status += QLatin1Char(' ') + tr("Circle a ready take of two adjacent shots to measure "
                                        "their cut.");
    m_status->setText(status);
    Q_EMIT measured();
}

} // namespace ShotBrief
