package dev.twitchkit.mock.eventsub;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A minimal hand-written WebSocket client over a plain socket, for what the JDK client will not do: ignore
 * pings (the JDK client always pongs) and send arbitrary frames.
 */
final class RawWebSocket implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RawWebSocket connect(int port, String pathAndQuery) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        RawWebSocket ws = new RawWebSocket(socket);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\n\r\n";
        ws.out.write(request.getBytes(StandardCharsets.US_ASCII));
        ws.out.flush();
        String status = ws.readLine();
        if (!status.contains(" 101 ")) {
            throw new IOException("upgrade refused: " + status);
        }
        while (!ws.readLine().isEmpty()) {
            // skip the response headers
        }
        return ws;
    }

    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    record Frame(int opcode, byte[] payload) {
    }

    Frame readFrame() throws IOException {
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        long len = b1 & 0x7f;
        if (len == 126) {
            len = in.readUnsignedShort();
        } else if (len == 127) {
            len = in.readLong();
        }
        byte[] payload = new byte[(int) len];
        in.readFully(payload);
        return new Frame(b0 & 0x0f, payload);
    }

    /** The next text frame's payload, skipping pings. */
    String readText() throws IOException {
        while (true) {
            Frame f = readFrame();
            if (f.opcode() == 1) {
                return new String(f.payload(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Reads (and never answers) frames until a close frame; its code. */
    int awaitCloseIgnoringPings(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        while (true) {
            Frame f = readFrame();
            if (f.opcode() == 8) {
                return ((f.payload()[0] & 0xff) << 8) | (f.payload()[1] & 0xff);
            }
        }
    }

    /**
     * Sends one masked frame with any opcode and payload, in one write: the server may close as soon as it has read
     * the header, and bytes written after that would fail the test with a broken pipe.
     */
    void sendFrame(int opcode, byte[] payload) throws IOException {
        java.io.ByteArrayOutputStream frame = new java.io.ByteArrayOutputStream(payload.length + 8);
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write((payload.length >> 8) & 0xff);
            frame.write(payload.length & 0xff);
        }
        frame.write(mask, 0, 4);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a test socket
        }
    }
}
