package dev.vigie.gitguardian.bench;

/**
 * Accepted sockets with TCP_NODELAY: MockWebServer writes headers and body separately, and Nagle's algorithm
 * against the client's delayed ACK would add 40 ms to every response, measuring the test server, not Vigie.
 */
final class NoDelayServerSocketFactory extends javax.net.ServerSocketFactory {
    @Override
    public java.net.ServerSocket createServerSocket() throws java.io.IOException {
        return new java.net.ServerSocket() {
            @Override
            public java.net.Socket accept() throws java.io.IOException {
                java.net.Socket socket = super.accept();
                socket.setTcpNoDelay(true);
                return socket;
            }
        };
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port) throws java.io.IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog) throws java.io.IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress address)
            throws java.io.IOException {
        throw new UnsupportedOperationException();
    }
}
