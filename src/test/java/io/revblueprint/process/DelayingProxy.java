package io.revblueprint.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;

/** A TCP proxy that holds each client write for a while: an SMTP server slow enough to be killed in the middle of a send. */
final class DelayingProxy implements AutoCloseable {

    private final ServerSocket server;

    DelayingProxy(int targetPort, long delayMillis) throws IOException {
        server = new ServerSocket(0);
        Thread acceptor = new Thread(() -> accept(targetPort, delayMillis), "delaying-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept(int targetPort, long delayMillis) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket("127.0.0.1", targetPort);
                pump(client.getInputStream(), target.getOutputStream(), delayMillis);
                pump(target.getInputStream(), client.getOutputStream(), 0);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pump(InputStream from, OutputStream to, long delayMillis) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (from; to) {
                for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
                    Thread.sleep(delayMillis);
                    to.write(buffer, 0, read);
                    to.flush();
                }
            } catch (IOException | InterruptedException ended) {
                // One side hung up (or the child was killed): the connection is over.
            }
        }, "delaying-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
