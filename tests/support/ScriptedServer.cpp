#include "ScriptedServer.h"

#include <QTcpSocket>

#include <memory>

ScriptedServer::ScriptedServer(Answer answer)
    : m_answer(std::move(answer))
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            accept(socket);
        }
    });
    m_server.listen(QHostAddress::LocalHost);
    m_port = m_server.serverPort();
}

bool ScriptedServer::isListening() const
{
    return m_server.isListening();
}

QString ScriptedServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

qsizetype ScriptedServer::requests(const QByteArray &path) const
{
    return std::count_if(m_log.cbegin(), m_log.cend(), [&path](const Request &request) {
        return request.path == path;
    });
}

const QList<ScriptedServer::Request> &ScriptedServer::log() const
{
    return m_log;
}

void ScriptedServer::close()
{
    m_server.close();
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void ScriptedServer::accept(QTcpSocket *socket)
{
    auto request = std::make_shared<Request>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine();
            if (request->path.isEmpty()) {
                request->path = line.split(' ').value(1);
            } else if (line == "\r\n") {
                m_log.append(*request);
                m_answer(socket, *request);
                return;
            } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
                request->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
        }
    });
}

void ScriptedServer::respond(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers,
                             const QByteArray &body)
{
    socket->write("HTTP/1.1 " + status + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\n" + headers + "\r\n" + body);
    socket->disconnectFromHost();
}
