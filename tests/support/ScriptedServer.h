#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QString>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// An HTTP server on the loopback interface whose answers a test writes by hand. It records each
// request and hands the socket to `answer` once the request's head is in.
class ScriptedServer
{
public:
    struct Request {
        QByteArray path;
        // Header names in lower case.
        QHash<QByteArray, QByteArray> headers;
    };
    using Answer = std::function<void(QTcpSocket *socket, const Request &request)>;

    explicit ScriptedServer(Answer answer);

    bool isListening() const;
    QString url(const QString &path) const;
    qsizetype requests(const QByteArray &path) const;
    // Every request so far, in order.
    const QList<Request> &log() const;
    // Goes away as a server that is shut down does: no longer accepts, and drops its connections.
    void close();

    // A complete answer, after which the server closes the connection.
    static void respond(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers,
                        const QByteArray &body);

private:
    void accept(QTcpSocket *socket);

    Answer m_answer;
    QList<Request> m_log;
    quint16 m_port = 0;
    // Last, so its sockets, and the handlers that use the members above, go first.
    QTcpServer m_server;
};
