/** "A", "B", …: how exam candidates name choices, and how a group talks about them. */
export function choiceLetter(position: number): string {
  return String.fromCharCode(65 + position);
}
