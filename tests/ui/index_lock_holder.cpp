// Test helper for tst_mainwindow: another process holding the session index's write lock.
//   index_lock_holder <dir> <hold-ms>
// opens <dir>/sessions.db, takes its write lock the way SessionIndex does (BEGIN IMMEDIATE), prints
// "locked", holds it for <hold-ms> and releases it.
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    int status = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(QDir(args.at(1)).filePath(QStringLiteral("sessions.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return 1;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return 1;
        QTextStream(stdout) << "locked" << Qt::endl;
        QThread::msleep(args.at(2).toULong());
        status = query.exec(QStringLiteral("ROLLBACK")) ? 0 : 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    return status;
}
