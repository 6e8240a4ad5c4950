// The small drawn pieces every book page is made of: sky, sun, trees, houses
// and a few friendly animals, in simple shapes on a 400 × 300 page. Each
// piece is placed by its foot (x, y), scaled by s and may face left (flip).
import type { ReactElement } from 'react';

export type PieceKind =
  | 'sky'
  | 'night'
  | 'grass'
  | 'water'
  | 'sun'
  | 'moon'
  | 'star'
  | 'cloud'
  | 'rain'
  | 'rainbow'
  | 'tree'
  | 'house'
  | 'city'
  | 'mountain'
  | 'flower'
  | 'sprout'
  | 'seed'
  | 'cat'
  | 'dog'
  | 'bird'
  | 'fish'
  | 'duck'
  | 'bear'
  | 'rabbit'
  | 'kite'
  | 'ball'
  | 'apple'
  | 'boat'
  | 'heart'
  | 'snowman'
  | 'snow'
  | 'bus'
  | 'book'
  | 'bed';

export interface Piece {
  k: PieceKind;
  x?: number;
  y?: number;
  s?: number;
  /** Main colour where a piece has one. */
  c?: string;
  /** Faces left. */
  f?: boolean;
  /** A light on (house window), eyes closed (animals asleep). */
  on?: boolean;
}

const eye = (x: number, y: number, closed?: boolean) =>
  closed ? (
    <path d={`M${x - 3} ${y} q3 3 6 0`} stroke="#222" strokeWidth="1.6" fill="none" />
  ) : (
    <circle cx={x} cy={y} r="2.4" fill="#222" />
  );

type Draw = (p: Piece) => ReactElement;

const draw: Record<PieceKind, Draw> = {
  sky: (p) => <rect width="400" height="300" fill={p.c ?? '#bfe6ff'} />,
  night: () => <rect width="400" height="300" fill="#23305a" />,
  grass: (p) => <rect y={p.y ?? 220} width="400" height="300" fill={p.c ?? '#8fd16a'} />,
  water: (p) => (
    <g>
      <rect y={p.y ?? 200} width="400" height="120" fill={p.c ?? '#5fb4e8'} />
      <path
        d={`M0 ${(p.y ?? 200) + 20} q25 -8 50 0 t50 0 t50 0 t50 0 t50 0 t50 0 t50 0 t50 0`}
        stroke="#fff"
        strokeWidth="3"
        fill="none"
        opacity="0.6"
      />
    </g>
  ),
  sun: () => (
    <g>
      {Array.from({ length: 8 }, (_, i) => (
        <line
          key={i}
          x1="0"
          y1="-34"
          x2="0"
          y2="-46"
          stroke="#ffb300"
          strokeWidth="5"
          strokeLinecap="round"
          transform={`rotate(${i * 45})`}
        />
      ))}
      <circle r="26" fill="#ffd54f" />
      {eye(-8, -4)}
      {eye(8, -4)}
      <path d="M-8 7 q8 8 16 0" stroke="#8a5a00" strokeWidth="2.5" fill="none" />
    </g>
  ),
  moon: () => <path d="M10 -28 a30 30 0 1 0 0 56 a24 24 0 1 1 0 -56z" fill="#fff3b0" />,
  star: (p) => (
    <path d="M0 -10 L3 -3 L10 -3 L4 2 L6 10 L0 5 L-6 10 L-4 2 L-10 -3 L-3 -3z" fill={p.c ?? '#fff59d'} />
  ),
  cloud: (p) => (
    <g fill={p.c ?? '#ffffff'}>
      <circle cx="-22" cy="-12" r="16" />
      <circle cx="0" cy="-22" r="20" />
      <circle cx="22" cy="-12" r="16" />
      <rect x="-38" y="-14" width="76" height="14" rx="7" />
    </g>
  ),
  rain: () => (
    <g stroke="#4a90d9" strokeWidth="3" strokeLinecap="round">
      {[-30, -10, 10, 30, -20, 0, 20].map((dx, i) => (
        <line key={i} x1={dx} y1={i < 4 ? 8 : 28} x2={dx - 4} y2={i < 4 ? 20 : 40} />
      ))}
    </g>
  ),
  rainbow: () => (
    <g fill="none" strokeWidth="9">
      {['#e53935', '#fb8c00', '#fdd835', '#43a047', '#1e88e5', '#8e24aa'].map((colour, i) => (
        <path
          key={colour}
          d={`M${-120 + i * 9} 0 a${120 - i * 9} ${120 - i * 9} 0 0 1 ${240 - i * 18} 0`}
          stroke={colour}
        />
      ))}
    </g>
  ),
  tree: (p) => (
    <g>
      <rect x="-7" y="-40" width="14" height="40" fill="#8d5a3b" />
      <circle cx="0" cy="-58" r="30" fill={p.c ?? '#3f9b4a'} />
      <circle cx="-18" cy="-44" r="18" fill={p.c ?? '#3f9b4a'} />
      <circle cx="18" cy="-44" r="18" fill={p.c ?? '#3f9b4a'} />
    </g>
  ),
  house: (p) => (
    <g>
      <rect x="-40" y="-56" width="80" height="56" fill={p.c ?? '#f4a261'} />
      <path d="M-50 -54 L0 -94 L50 -54z" fill="#c0392b" />
      <rect x="-10" y="-30" width="20" height="30" fill="#6d4c41" />
      {[-32, 16].map((x) => (
        <rect
          key={x}
          x={x}
          y="-44"
          width="16"
          height="16"
          fill={p.on ? '#ffe066' : '#cfe8ff'}
          stroke="#fff"
          strokeWidth="2"
        />
      ))}
    </g>
  ),
  city: (p) => (
    <g>
      {[
        [-90, 110, '#7f8fa6'],
        [-55, 150, '#95a5c6'],
        [-15, 90, '#6c7a96'],
        [20, 170, '#8796b3'],
        [58, 120, '#6f7f9e'],
      ].map(([dx, h, colour]) => (
        <g key={String(dx)}>
          <rect x={Number(dx)} y={-Number(h)} width="36" height={Number(h)} fill={String(colour)} />
          {Array.from({ length: Math.floor(Number(h) / 26) }, (_, row) => (
            <g key={row} fill={p.on ? '#ffe066' : '#dfe6f3'}>
              <rect x={Number(dx) + 6} y={-Number(h) + 10 + row * 26} width="9" height="10" />
              <rect x={Number(dx) + 21} y={-Number(h) + 10 + row * 26} width="9" height="10" />
            </g>
          ))}
        </g>
      ))}
    </g>
  ),
  mountain: (p) => (
    <g>
      <path d="M-110 0 L-30 -110 L50 0z" fill={p.c ?? '#7cb07a'} />
      <path d="M-10 0 L60 -80 L130 0z" fill="#5e9a5c" />
      <path d="M-46 -88 L-30 -110 L-14 -88 q-8 6 -16 0 q-8 6 -16 0z" fill="#fff" />
    </g>
  ),
  flower: (p) => (
    <g>
      <line x1="0" y1="0" x2="0" y2="-40" stroke="#3f9b4a" strokeWidth="4" />
      <ellipse cx="8" cy="-18" rx="8" ry="4" fill="#3f9b4a" />
      {[0, 72, 144, 216, 288].map((a) => (
        <circle key={a} cx="0" cy="-52" r="9" fill={p.c ?? '#ec407a'} transform={`rotate(${a} 0 -44)`} />
      ))}
      <circle cx="0" cy="-44" r="7" fill="#ffd54f" />
    </g>
  ),
  sprout: () => (
    <g>
      <line x1="0" y1="0" x2="0" y2="-24" stroke="#3f9b4a" strokeWidth="4" />
      <ellipse cx="-10" cy="-26" rx="11" ry="6" fill="#66bb6a" transform="rotate(-20 -10 -26)" />
      <ellipse cx="10" cy="-26" rx="11" ry="6" fill="#66bb6a" transform="rotate(20 10 -26)" />
    </g>
  ),
  seed: () => <ellipse cx="0" cy="-6" rx="9" ry="6" fill="#8d6e63" />,
  cat: (p) => (
    <g>
      <ellipse cx="0" cy="-22" rx="26" ry="20" fill={p.c ?? '#f5a35c'} />
      <path
        d="M22 -30 q22 -10 16 -34"
        stroke={p.c ?? '#f5a35c'}
        strokeWidth="7"
        fill="none"
        strokeLinecap="round"
      />
      <circle cx="-22" cy="-48" r="18" fill={p.c ?? '#f5a35c'} />
      <path d="M-38 -58 L-36 -76 L-24 -64z M-6 -58 L-8 -76 L-20 -64z" fill={p.c ?? '#f5a35c'} />
      {eye(-29, -50, p.on)}
      {eye(-15, -50, p.on)}
      <path d="M-25 -42 q3 3 6 0" stroke="#222" strokeWidth="1.5" fill="none" />
    </g>
  ),
  dog: (p) => (
    <g>
      <ellipse cx="0" cy="-22" rx="28" ry="18" fill={p.c ?? '#c8a27a'} />
      <circle cx="-26" cy="-46" r="18" fill={p.c ?? '#c8a27a'} />
      <ellipse cx="-40" cy="-42" rx="7" ry="13" fill="#8d6e63" />
      <ellipse cx="-12" cy="-42" rx="7" ry="13" fill="#8d6e63" />
      {eye(-31, -50, p.on)}
      {eye(-21, -50, p.on)}
      <circle cx="-26" cy="-40" r="3.5" fill="#222" />
      <path
        d="M26 -26 q14 -14 8 -26"
        stroke={p.c ?? '#c8a27a'}
        strokeWidth="6"
        fill="none"
        strokeLinecap="round"
      />
    </g>
  ),
  bird: (p) => (
    <g>
      <ellipse cx="0" cy="-14" rx="16" ry="12" fill={p.c ?? '#4fc3f7'} />
      <circle cx="-12" cy="-24" r="9" fill={p.c ?? '#4fc3f7'} />
      <path d="M-21 -24 L-30 -21 L-21 -19z" fill="#ffa000" />
      {eye(-14, -26, p.on)}
      <path d="M0 -16 q10 -16 18 -6" fill="#fff" opacity="0.7" />
    </g>
  ),
  fish: (p) => (
    <g>
      <ellipse cx="0" cy="0" rx="22" ry="13" fill={p.c ?? '#ff8a65'} />
      <path d="M18 0 L34 -12 L34 12z" fill={p.c ?? '#ff8a65'} />
      {eye(-12, -3)}
    </g>
  ),
  duck: (p) => (
    <g>
      <ellipse cx="0" cy="-14" rx="24" ry="14" fill={p.c ?? '#ffe066'} />
      <circle cx="-18" cy="-34" r="12" fill={p.c ?? '#ffe066'} />
      <path d="M-30 -34 L-42 -30 L-30 -27z" fill="#ff8f00" />
      {eye(-21, -37, p.on)}
      <path d="M-2 -16 q12 -10 20 -2" stroke="#f0c000" strokeWidth="3" fill="none" />
    </g>
  ),
  bear: (p) => (
    <g>
      <ellipse cx="0" cy="-30" rx="24" ry="30" fill={p.c ?? '#a1887f'} />
      <circle cx="0" cy="-74" r="22" fill={p.c ?? '#a1887f'} />
      <circle cx="-17" cy="-92" r="8" fill={p.c ?? '#a1887f'} />
      <circle cx="17" cy="-92" r="8" fill={p.c ?? '#a1887f'} />
      <ellipse cx="0" cy="-66" rx="9" ry="7" fill="#d7ccc8" />
      <circle cx="0" cy="-69" r="3" fill="#222" />
      {eye(-8, -80, p.on)}
      {eye(8, -80, p.on)}
      <ellipse cx="0" cy="-26" rx="13" ry="16" fill="#d7ccc8" />
    </g>
  ),
  rabbit: (p) => (
    <g>
      <ellipse cx="0" cy="-18" rx="20" ry="17" fill={p.c ?? '#f5f5f5'} />
      <circle cx="-14" cy="-40" r="14" fill={p.c ?? '#f5f5f5'} />
      <ellipse cx="-20" cy="-66" rx="5" ry="16" fill={p.c ?? '#f5f5f5'} />
      <ellipse cx="-8" cy="-66" rx="5" ry="16" fill={p.c ?? '#f5f5f5'} />
      {eye(-18, -42, p.on)}
      {eye(-9, -42, p.on)}
      <circle cx="20" cy="-18" r="6" fill="#fff" />
    </g>
  ),
  kite: (p) => (
    <g>
      <path d="M0 -30 L20 0 L0 30 L-20 0z" fill={p.c ?? '#e53935'} />
      <path d="M0 -30 L0 30 M-20 0 L20 0" stroke="#fff" strokeWidth="2" />
      <path d="M0 30 q10 20 -4 36 q-12 16 4 30" stroke="#555" strokeWidth="2" fill="none" />
    </g>
  ),
  ball: (p) => (
    <g>
      <circle cx="0" cy="-14" r="14" fill={p.c ?? '#1e88e5'} />
      <path d="M-14 -14 h28 M0 -28 v28" stroke="#fff" strokeWidth="3" />
    </g>
  ),
  apple: (p) => (
    <g>
      <circle cx="0" cy="-12" r="12" fill={p.c ?? '#e53935'} />
      <line x1="0" y1="-24" x2="2" y2="-30" stroke="#6d4c41" strokeWidth="2.5" />
      <ellipse cx="7" cy="-28" rx="5" ry="3" fill="#43a047" />
    </g>
  ),
  boat: (p) => (
    <g>
      <path d="M-40 -16 L40 -16 L28 0 L-28 0z" fill={p.c ?? '#8d6e63'} />
      <line x1="0" y1="-16" x2="0" y2="-70" stroke="#5d4037" strokeWidth="3" />
      <path d="M2 -68 L34 -22 L2 -22z" fill="#fff" />
    </g>
  ),
  heart: (p) => <path d="M0 0 C-26 -18 -20 -42 0 -30 C20 -42 26 -18 0 0z" fill={p.c ?? '#ef5350'} />,
  snowman: () => (
    <g>
      <circle cx="0" cy="-24" r="24" fill="#fff" />
      <circle cx="0" cy="-62" r="17" fill="#fff" />
      {eye(-6, -66)}
      {eye(6, -66)}
      <path d="M0 -61 L14 -58 L0 -56z" fill="#ff8f00" />
      <rect x="-14" y="-90" width="28" height="12" fill="#37474f" />
      <circle cx="0" cy="-30" r="2.5" fill="#37474f" />
      <circle cx="0" cy="-18" r="2.5" fill="#37474f" />
    </g>
  ),
  snow: () => (
    <g fill="#fff">
      {[
        [40, 40],
        [120, 80],
        [200, 30],
        [280, 90],
        [350, 50],
        [80, 140],
        [170, 160],
        [310, 150],
        [240, 200],
      ].map(([x, y]) => (
        <circle key={`${x}-${y}`} cx={x} cy={y} r="4" />
      ))}
    </g>
  ),
  bus: (p) => (
    <g>
      <rect x="-60" y="-50" width="120" height="40" rx="8" fill={p.c ?? '#fbc02d'} />
      {[-48, -22, 4, 30].map((dx) => (
        <rect key={dx} x={dx} y="-44" width="20" height="14" fill="#cfe8ff" />
      ))}
      <circle cx="-34" cy="-10" r="10" fill="#37474f" />
      <circle cx="34" cy="-10" r="10" fill="#37474f" />
    </g>
  ),
  book: (p) => (
    <g>
      <path
        d="M-30 0 L0 6 L30 0 L30 -36 L0 -30 L-30 -36z"
        fill="#fff"
        stroke={p.c ?? '#1e88e5'}
        strokeWidth="3"
      />
      <line x1="0" y1="6" x2="0" y2="-30" stroke={p.c ?? '#1e88e5'} strokeWidth="2" />
    </g>
  ),
  bed: (p) => (
    <g>
      <rect x="-60" y="-30" width="120" height="22" rx="6" fill={p.c ?? '#90caf9'} />
      <rect x="-66" y="-56" width="10" height="56" fill="#8d6e63" />
      <rect x="56" y="-40" width="10" height="40" fill="#8d6e63" />
      <ellipse cx="-40" cy="-34" rx="14" ry="7" fill="#fff" />
    </g>
  ),
};

/** Places one piece: backgrounds fill the page, the rest stand on (x, y). */
export function PieceView({ piece }: { piece: Piece }) {
  const { x = 0, y = 0, s = 1, f } = piece;
  const whole =
    piece.k === 'sky' ||
    piece.k === 'night' ||
    piece.k === 'grass' ||
    piece.k === 'water' ||
    piece.k === 'snow';
  if (whole) return draw[piece.k](piece);
  return <g transform={`translate(${x} ${y}) scale(${f ? -s : s} ${s})`}>{draw[piece.k](piece)}</g>;
}

export function Scene({ pieces, title }: { pieces: readonly Piece[]; title?: string }) {
  return (
    <svg viewBox="0 0 400 300" className="act-scene" role="img" aria-label={title}>
      {pieces.map((piece, index) => (
        <PieceView key={index} piece={piece} />
      ))}
    </svg>
  );
}
