package dev.twitchkit.transport.jetty;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A WebSocket server written byte by byte, for what Jetty's server will not do: frames that split a UTF-8
 * character, a frame header announcing more than the client allows, reading exactly which frames the client sends.
 */
final class RawWebSocketServer implements AutoCloseable {
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    static final int TEXT = 0x1;
    static final int CONTINUATION = 0x0;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    private final ServerSocket server;

    RawWebSocketServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ws");
    }

    InetAddress address() {
        return server.getInetAddress();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Waits for the next client and completes its opening handshake. */
    Peer accept() throws IOException {
        Socket socket = server.accept();
        socket.setSoTimeout(10_000);
        String key = null;
        for (String line : readHead(socket.getInputStream()).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                key = line.substring(line.indexOf(':') + 1).trim();
            }
        }
        if (key == null) {
            throw new IOException("not a WebSocket upgrade");
        }
        String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + acceptValue(key) + "\r\n\r\n";
        socket.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
        return new Peer(socket);
    }

    /** An HTTP request's head, up to the empty line, read byte by byte so nothing after it is consumed. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection ended in the request head");
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String acceptValue(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** One frame the client sent, unmasked. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    /** The server's side of one connection. */
    static final class Peer implements AutoCloseable {
        private final Socket socket;
        private final DataInputStream in;
        private final OutputStream out;

        Peer(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        /** Sends one unmasked frame. */
        void send(boolean fin, int opcode, byte[] payload) throws IOException {
            sendHeader(fin, opcode, payload.length);
            out.write(payload);
            out.flush();
        }

        /** Sends only a frame's header, announcing {@code length} payload bytes. */
        void sendHeader(boolean fin, int opcode, long length) throws IOException {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            header.write((fin ? 0x80 : 0) | opcode);
            if (length < 126) {
                header.write((int) length);
            } else if (length < 65_536) {
                header.write(126);
                header.write((int) (length >>> 8));
                header.write((int) length);
            } else {
                header.write(127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    header.write((int) (length >>> shift));
                }
            }
            out.write(header.toByteArray());
            out.flush();
        }

        /** Sends bytes as they are (a frame's payload after {@link #sendHeader}). */
        void sendRaw(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        /** Reads the client's next frame (always masked). */
        Frame read() throws IOException {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            if ((second & 0x80) == 0) {
                throw new IOException("a client frame without a mask");
            }
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] mask = in.readNBytes(4);
            byte[] payload = in.readNBytes((int) length);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            return new Frame(first & 0x0F, payload);
        }

        /** The opcodes of the frames the client still sends until its connection ends. */
        List<Integer> opcodesUntilTheEnd() throws IOException {
            List<Integer> opcodes = new ArrayList<>();
            try {
                while (true) {
                    opcodes.add(read().opcode());
                }
            } catch (EOFException | SocketException ended) {
                return opcodes;
            }
        }

        /** Whether the client closed its side: the next read finds the end of the stream. */
        boolean endsWithoutMoreFrames() throws IOException {
            return in.read() < 0;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
