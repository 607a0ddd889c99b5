// A tiny GitGuardian API stand-in for the server-based ITs (JDK HttpServer, loopback, random port).
// Evaluated by a case's setup.groovy; returns a closure (basedir, routes) -> HttpServer.
// routes: exact path -> [status, body]; unknown paths answer 404. Every request is appended to requests.log
// (method, path and query, and whether an Authorization header was sent: never its value).
// The URL is written to the case's .mvn/maven.config so the build under test calls this server.
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpHandler
import com.sun.net.httpserver.HttpServer
import java.nio.charset.StandardCharsets

return { File basedir, Map routes ->
    def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
    def log = new File(basedir, 'requests.log')
    log.text = ''
    server.createContext('/', { HttpExchange ex ->
        synchronized (log) {
            log << "${ex.requestMethod} ${ex.requestURI} auth=${ex.requestHeaders.getFirst('Authorization') != null}\n"
        }
        def route = routes[ex.requestURI.path] ?: [404, '{"detail":"Not found."}']
        byte[] body = route[1].toString().getBytes(StandardCharsets.UTF_8)
        ex.responseHeaders.add('Content-Type', 'application/json')
        if (route[0] == 401) {
            ex.responseHeaders.add('WWW-Authenticate', 'Token')
        }
        ex.sendResponseHeaders(route[0] as int, body.length)
        ex.responseBody.withCloseable { it.write(body) }
    } as HttpHandler)
    server.start()
    new File(basedir, '.mvn').mkdirs()
    new File(basedir, '.mvn/maven.config').text = "-Dincident.gitguardian.url=http://127.0.0.1:${server.address.port}\n"
    System.properties.put('vigie.it.server.' + basedir.name, server)
    return server
}
