// A microphone level bar, so a parent sees the phone hears them before the call.
import { useEffect, useRef } from 'react';

export function MicLevel(props: { stream: MediaStream | undefined; label: string }) {
  const barRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const track = props.stream?.getAudioTracks()[0];
    if (!track || typeof AudioContext === 'undefined') return undefined;
    const context = new AudioContext();
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    source.connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    let frame = 0;
    const draw = () => {
      analyser.getByteTimeDomainData(samples);
      let peak = 0;
      for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
      const level = Math.min(1, peak / 64);
      if (barRef.current) {
        barRef.current.style.width = `${Math.round(level * 100)}%`;
        barRef.current.dataset['level'] = level.toFixed(2);
      }
      frame = requestAnimationFrame(draw);
    };
    draw();
    return () => {
      cancelAnimationFrame(frame);
      void context.close();
    };
  }, [props.stream]);
  return (
    <div className="mic-level" role="meter" aria-label={props.label}>
      <div className="mic-level__bar" ref={barRef} data-testid="mic-level" />
    </div>
  );
}
