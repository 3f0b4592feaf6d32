package org.udpsim.reports.oled;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.udpsim.board.oled.Frame;
import org.udpsim.board.oled.FrameListener;

/**
 * Writes the frames of one OLED as an animated GIF that loops forever, each frame shown for the simulated time
 * until the next (see {@link GifTiming}). Frames are written as they come, one behind (a frame's delay is known
 * when the next frame arrives), so memory does not grow with the number of frames. Works headless.
 *
 * <p>As GIF animations do, a frame after the first holds only the rectangle of OLED pixels that changed since the
 * frame before it (whole bytes of a row, 8 pixels wide), drawn over the picture left in place (disposal
 * {@code none}); a frame that changed nothing holds one unchanged OLED pixel, to carry its delay. A viewer thus shows
 * every frame exactly as {@link FrameImage} draws it, while a run whose OLED changes one line per datagram encodes
 * that line instead of the whole 512 × 256 screen.
 *
 * <p>Call {@link #finish(long)} with the run's end time, or just {@link #close()}. With no frame at all no file
 * is written.
 */
public final class OledGif implements FrameListener, Closeable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final Path file;
    private final FrameImage image;
    private final GifTiming timing;
    private ImageWriter writer;
    private ImageOutputStream out;
    private Frame pending;
    /** The bitmap of the frame written last, null before the first. */
    private byte[] shown;
    private boolean first = true;
    private boolean closed;

    /** A GIF in the default look (512 × 256, white on black) and timing. */
    public OledGif(Path file) {
        this(file, OledLook.DEFAULT, GifTiming.DEFAULT);
    }

    public OledGif(Path file, OledLook look, GifTiming timing) {
        this.file = file;
        this.image = new FrameImage(look);
        this.timing = timing;
    }

    /** Takes the next frame; the one before it is written now that its delay is known. */
    @Override
    public void onFrame(Frame frame) {
        if (closed) {
            throw new IllegalStateException("the GIF " + file + " is already finished");
        }
        try {
            if (pending != null) {
                write(pending, timing.delayCs(frame.time() - pending.time()));
            }
            pending = frame;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the GIF " + file, e);
        }
    }

    /** Writes the last frame, shown until {@code endNanos} (within the timing's bounds), and closes the file. */
    public void finish(long endNanos) throws IOException {
        end(pending == null ? 0 : timing.delayCs(endNanos - pending.time()));
    }

    /** Writes the last frame with the timing's {@code lastCs}, unless {@link #finish} did, and closes the file. */
    @Override
    public void close() throws IOException {
        end(timing.lastCs());
    }

    private void end(int lastDelayCs) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (pending != null) {
                write(pending, lastDelayCs);
                pending = null;
            }
            if (writer != null) {
                writer.endWriteSequence();
            }
        } finally {
            if (writer != null) {
                writer.dispose();
            }
            if (out != null) {
                out.close();
            }
        }
    }

    private void write(Frame frame, int delayCs) throws IOException {
        if (writer == null) {
            open();
        }
        BufferedImage full = image.draw(frame);
        byte[] bits = frame.bitmap();
        ChangedRegion region = ChangedRegion.between(shown, bits);
        shown = bits;
        int scale = image.look().scale();
        BufferedImage picture = region.isWhole() ? full : full.getSubimage(region.x() * scale, region.y() * scale,
                region.width() * scale, region.height() * scale);
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(picture), null);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(region.x() * scale));
        descriptor.setAttribute("imageTopPosition", Integer.toString(region.y() * scale));
        descriptor.setAttribute("imageWidth", Integer.toString(picture.getWidth()));
        descriptor.setAttribute("imageHeight", Integer.toString(picture.getHeight()));
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("transparentColorIndex", "0");
        control.setAttribute("delayTime", Integer.toString(delayCs));
        if (first) {
            // The NETSCAPE2.0 application extension: sub-block 1, then the loop count (0 = forever), little-endian.
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(loop);
            first = false;
        }
        meta.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(picture, null, meta), null);
    }

    private void open() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer in this Java runtime");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.deleteIfExists(file);
        writer = writers.next();
        out = ImageIO.createImageOutputStream(file.toFile());
        if (out == null) {
            throw new IOException("cannot open " + file + " for writing");
        }
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /** The child of {@code parent} named {@code name}, added if missing. */
    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
